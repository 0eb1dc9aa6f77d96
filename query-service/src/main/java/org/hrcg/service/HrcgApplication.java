package org.hrcg.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The hrcg service: the SPARQL 1.1 protocol on the store ({@code sparql}), configuration, security
 * and the store's lifecycle ({@code system}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HrcgApplication {

  public static void main(String[] args) {
    SpringApplication.run(HrcgApplication.class, args);
  }
}
