package org.hrcg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileTest {

  @TempDir Path dir;

  @Test
  void readsUtf8TextAndDropsTheByteOrderMark() throws IOException {
    Path file =
        write(
            "case.yaml",
            bytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, "a: São Paulo\n"));

    SourceFile source = read(file, SourceFile.DEFAULT_MAX_BYTES);

    assertThat(source.text()).isEqualTo("a: São Paulo\n");
    assertThat(source.extension()).isEqualTo("yaml");
  }

  @Test
  void rejectsAnEmptyFile() throws IOException {
    assertThat(rejection(write("empty.ttl", new byte[0])).message()).isEqualTo("file is empty");
  }

  @Test
  void rejectsAFileOfOnlyWhiteSpaceOrAByteOrderMarkAsEmpty() throws IOException {
    assertThat(
            rejection(write("blank.ttl", "  \n\t\r\n".getBytes(StandardCharsets.UTF_8))).message())
        .isEqualTo("file is empty");
    assertThat(
            rejection(write("bom.ttl", new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}))
                .message())
        .isEqualTo("file is empty");
  }

  @Test
  void rejectsABinaryFileAtTheLineAndColumnOfItsFirstNulByte() throws IOException {
    Problem problem = rejection(write("binary.ttl", bytes("line one\nab", "\0", "c\n")));

    assertThat(problem.message()).contains("NUL byte");
    assertThat(problem.position()).isEqualTo(new Position(2, 3));
    assertThat(problem.isError()).isTrue();
  }

  @Test
  void rejectsInvalidUtf8AtTheOffendingByte() throws IOException {
    // Latin-1 "é" (0xe9) at line 3, column 4 (the 14th byte): what a file saved in the wrong
    // encoding looks like.
    Path file = write("latin1.yaml", bytes("a: 1\nb: 2\nc: ", new byte[] {(byte) 0xe9}, "t\n"));

    Problem problem = rejection(file);

    assertThat(problem.message()).isEqualTo("file is not valid UTF-8 (byte 14)");
    assertThat(problem.position()).isEqualTo(new Position(3, 4));
    assertThat(problem.toString()).startsWith(file + ":3:4: error: ");
  }

  @Test
  void rejectsAFileOverTheSizeLimitWithoutReadingIt() throws IOException {
    Path file = write("big.nt", new byte[101]);

    Problem problem = rejection(SourceFile.read(file, 100));

    assertThat(problem.message()).isEqualTo("file is 101 bytes, over the limit of 100 bytes");
    assertThat(problem.position()).isEqualTo(Position.START);
  }

  @Test
  void acceptsAFileExactlyAtTheSizeLimit() throws IOException {
    Path file = write("edge.nt", "x".repeat(100).getBytes(StandardCharsets.UTF_8));

    assertThat(read(file, 100).text()).hasSize(100);
  }

  @Test
  void rejectsAMissingFileAndAFolder() {
    assertThat(rejection(SourceFile.read(dir.resolve("missing.yaml"), 100)).message())
        .isEqualTo("not a readable file");
    assertThat(rejection(SourceFile.read(dir, 100)).message()).isEqualTo("not a readable file");
  }

  @Test
  void checksUploadedBytesWithTheSameRules() {
    Path name = Path.of("upload.ttl");

    assertThat(SourceFile.check(name, "<a> <b> <c> .".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SourceFile.Read.class);
    assertThat(SourceFile.problems(SourceFile.check(name, new byte[] {0})))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("NUL byte"));
  }

  @Test
  void formatsAProblemAsFileLineColumnSeverityAndMessage() {
    Problem withColumn = Problem.error(Path.of("a.yaml"), new Position(7, 5), "unknown theme");
    Problem withoutColumn = Problem.warning(Path.of("a.yaml"), new Position(7, 0), "no date");

    assertThat(withColumn).hasToString("a.yaml:7:5: error: unknown theme");
    assertThat(withoutColumn).hasToString("a.yaml:7: warning: no date");
  }

  private SourceFile read(Path file, long maxBytes) {
    SourceFile.Result result = SourceFile.read(file, maxBytes);
    assertThat(result).isInstanceOf(SourceFile.Read.class);
    return ((SourceFile.Read) result).file();
  }

  private Problem rejection(Path file) {
    return rejection(SourceFile.read(file, SourceFile.DEFAULT_MAX_BYTES));
  }

  private static Problem rejection(SourceFile.Result result) {
    assertThat(result).isInstanceOf(SourceFile.Rejected.class);
    return ((SourceFile.Rejected) result).problem();
  }

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private static byte[] bytes(Object... parts) {
    var out = new java.io.ByteArrayOutputStream();
    for (Object part : parts) {
      byte[] b =
          part instanceof byte[] raw ? raw : part.toString().getBytes(StandardCharsets.UTF_8);
      out.writeBytes(b);
    }
    return out.toByteArray();
  }
}
