package org.hrcg.ingest.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes in UTF-8 written to a character stream. Jena's writers take an {@link OutputStream} while
 * picocli hands commands a {@link java.io.PrintWriter}; decoding as the bytes come keeps an export
 * streaming instead of holding it in memory. Closing flushes but does not close the writer.
 */
final class WriterOutputStream extends OutputStream {

  private final Writer writer;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private boolean closed;

  WriterOutputStream(Writer writer) {
    this.writer = writer;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (closed) {
      throw new IOException("stream closed");
    }
    while (len > 0) {
      int n = Math.min(len, bytes.remaining());
      bytes.put(b, off, n);
      off += n;
      len -= n;
      decode(false);
    }
  }

  @Override
  public void flush() throws IOException {
    drain();
    writer.flush();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    decode(true);
    CoderResult result;
    do {
      result = decoder.flush(chars);
      drain();
    } while (result.isOverflow());
    writer.flush();
    closed = true;
  }

  /** Decodes what the byte buffer holds; an incomplete sequence at its end waits for more. */
  private void decode(boolean endOfInput) throws IOException {
    bytes.flip();
    while (true) {
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      drain();
      if (result.isUnderflow()) {
        break;
      }
    }
    bytes.compact();
  }

  private void drain() throws IOException {
    chars.flip();
    if (chars.hasRemaining()) {
      writer.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
    }
    chars.clear();
  }
}
