package org.hrcg.service.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DumpEncodingTest {

  @Test
  void gzipsForClientsThatSayNothingOrAcceptIt() {
    assertThat(DatasetController.acceptsGzip(null)).isTrue();
    assertThat(DatasetController.acceptsGzip("gzip, deflate, br")).isTrue();
    assertThat(DatasetController.acceptsGzip("*")).isTrue();
    assertThat(DatasetController.acceptsGzip("x-gzip;q=0.5")).isTrue();
  }

  @Test
  void sendsPlainNQuadsToClientsThatRefuseGzip() {
    assertThat(DatasetController.acceptsGzip("identity")).isFalse();
    assertThat(DatasetController.acceptsGzip("gzip;q=0, *")).isFalse();
    assertThat(DatasetController.acceptsGzip("br")).isFalse();
    assertThat(DatasetController.acceptsGzip("*;q=0")).isFalse();
  }
}
