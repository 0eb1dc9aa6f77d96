package org.hrcg.model.domain;

import static org.hrcg.model.domain.LangString.en;

import java.time.LocalDate;
import java.util.List;

/** A small piece of the Geneva dialogue report, as the readers would give it. */
final class Fixtures {

  private Fixtures() {}

  static CaseStudy genevaDialogue() {
    return new CaseStudy(
        "geneva-dialogue-2025",
        en(
            "Local Governments for Human Rights: Strengthening Inclusive Multilateralism to"
                + " Uphold Dignity for All"),
        null,
        LocalDate.of(2025, 7, 24),
        null,
        "en",
        null,
        en("The report does not name its publisher; it speaks of \"our co-presidency\"."));
  }

  static Territory barcelona() {
    return new Territory(
        "barcelona",
        List.of(en("Barcelona"), new LangString("Barcelona", "ca")),
        Territory.Type.CITY,
        List.of(),
        "Q1492",
        null,
        null);
  }

  static Territory utrecht() {
    return new Territory(
        "utrecht", List.of(en("Utrecht")), Territory.Type.CITY, List.of(), "Q803", null, null);
  }

  static Territory grigny() {
    return Territory.of("grigny", "Grigny", Territory.Type.CITY);
  }

  static Territory geneva() {
    return new Territory(
        "geneva", List.of(en("Geneva")), Territory.Type.CITY, List.of(), "Q71", null, null);
  }

  static Actor grignyLocalGovernment() {
    return new Actor(
        "grigny",
        List.of(en("Grigny local government")),
        Actor.Type.LOCAL_GOVERNMENT,
        "grigny",
        List.of(),
        List.of("grigny"),
        List.of());
  }

  static Actor philippeRio() {
    return new Actor(
        "philippe-rio",
        List.of(en("Philippe Rio")),
        Actor.Type.PERSON,
        null,
        List.of(),
        List.of(),
        List.of(new Membership("mayor", "grigny")));
  }

  static Practice barcelonaProcurement() {
    return Practice.builder("barcelona-human-rights-procurement")
        .label(en("Human rights criteria in public procurement in Barcelona"))
        .description(
            en(
                "Barcelona applies human rights criteria in its procurement, even"
                    + " internationally, and cuts ties with companies involved in rights"
                    + " violations."))
        .territory("barcelona")
        .themes("procurement")
        .instruments("procurement-criteria", "contract-exclusion")
        .pairedWith("utrecht-human-rights-procurement")
        .build();
  }

  static Practice utrechtProcurement() {
    return Practice.builder("utrecht-human-rights-procurement")
        .label(en("Human rights criteria in public procurement in Utrecht"))
        .territory("utrecht")
        .themes("procurement", "social-economy")
        .instruments("procurement-criteria")
        .build();
  }

  static Event dialogue() {
    return new Event(
        "geneva-dialogue-2025-07-22",
        List.of(en("Local Governments for Human Rights dialogue")),
        null,
        LocalDate.of(2025, 7, 22),
        en("Office of the High Commissioner for Human Rights"),
        "geneva",
        List.of("philippe-rio"),
        List.of(),
        List.of());
  }

  static Statement riosCall() {
    return new Statement(
        "philippe-rio-call-for-boldness",
        List.of(en("Philippe Rio's call for boldness")),
        null,
        en(
            "The path toward renewed and inclusive multilateralism requires even more boldness,"
                + " cooperation, and resilience."),
        "philippe-rio",
        "geneva-dialogue-2025-07-22",
        List.of(),
        List.of(),
        List.of());
  }

  static CaseStudyContent content() {
    return CaseStudyContent.builder(genevaDialogue())
        .territory(barcelona())
        .territory(utrecht())
        .territory(grigny())
        .territory(geneva())
        .actor(grignyLocalGovernment())
        .actor(philippeRio())
        .practice(barcelonaProcurement())
        .practice(utrechtProcurement())
        .event(dialogue())
        .statement(riosCall())
        .build();
  }
}
