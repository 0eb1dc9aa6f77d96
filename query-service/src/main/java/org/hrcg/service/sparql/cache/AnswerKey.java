package org.hrcg.service.sparql.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * What identifies an answer: the store's revision, and a digest of the normalised query, the
 * dataset the request names, the answer's media type and what else shapes its bytes. Two requests
 * with the same key get the same answer; the key's {@link #etag} is the answer's strong entity tag.
 *
 * @param revision the store's revision
 * @param digest the SHA-256 digest of the rest, in URL-safe Base64
 */
record AnswerKey(long revision, String digest) {

  AnswerKey {
    Objects.requireNonNull(digest, "digest");
  }

  /** The key of an answer at a revision, its other parts digested as {@link #digest} does. */
  static AnswerKey of(long revision, List<String> parts) {
    return new AnswerKey(revision, digest(parts));
  }

  /**
   * The SHA-256 digest of a list of parts, in URL-safe Base64. Each part counts with its length, so
   * that no two lists of parts run together into the same bytes.
   */
  static String digest(List<String> parts) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    for (String part : parts) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
      sha256.update(bytes);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256.digest());
  }

  /** The strong entity tag: {@code "12-...digest..."}, the revision first. */
  String etag() {
    return "\"" + revision + "-" + digest + "\"";
  }

  /**
   * Whether an {@code If-None-Match} header value names this key's entity tag: {@code *} does not
   * (a query may have no answer), a weak tag ({@code W/"..."}) matches by the weak comparison that
   * RFC 9110 asks for.
   */
  boolean matchedBy(String ifNoneMatch) {
    if (ifNoneMatch == null) {
      return false;
    }
    String tag = etag();
    for (String candidate : ifNoneMatch.split(",")) {
      String trimmed = candidate.trim();
      if (trimmed.startsWith("W/")) {
        trimmed = trimmed.substring(2);
      }
      if (trimmed.equals(tag)) {
        return true;
      }
    }
    return false;
  }
}
