package org.hrcg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.out.NodeFmtLib;
import org.hrcg.model.domain.Actor;
import org.hrcg.model.domain.Campaign;
import org.hrcg.model.domain.CaseStudy;
import org.hrcg.model.domain.CaseStudyContent;
import org.hrcg.model.domain.CaseStudyMapper;
import org.hrcg.model.domain.Coordinates;
import org.hrcg.model.domain.Document;
import org.hrcg.model.domain.Event;
import org.hrcg.model.domain.LangString;
import org.hrcg.model.domain.Membership;
import org.hrcg.model.domain.Practice;
import org.hrcg.model.domain.Statement;
import org.hrcg.model.domain.Territory;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.model.iri.ResourceId;
import org.hrcg.ontology.HrcgResources;

/**
 * A synthetic dataset of case studies for benchmarks: territories in synthetic countries, their
 * governments and mayors, networks of cities, practices drawing on the real concept schemes
 * (weighted, so that some concepts are rare), joint and single statements, pairings and
 * inspirations, split into case studies of a fixed number of practices.
 *
 * <p>Everything is plainly synthetic: every label starts with "Synthetic", every slug with {@value
 * #SLUG_PREFIX}, and each case study's title reads "Synthetic case study N (generated, seed S)".
 * The same seed and sizes always give the same dataset, byte for byte once written.
 *
 * <p>Each case study is self-contained, as the YAML format requires: it defines every territory and
 * actor it refers to (territories with the chain of territories they are part of), so a territory
 * that several case studies mention is described in each of their graphs. Most practices of a case
 * study lie in its own block of cities, so this repetition stays small.
 */
public final class SyntheticDataset {

  /** The number of practices in each case study unless told otherwise. */
  public static final int DEFAULT_PRACTICES_PER_CASE_STUDY = 1000;

  /** Every slug of the dataset starts with this. */
  public static final String SLUG_PREFIX = "syn-";

  private static final String PUBLISHER = SLUG_PREFIX + "publisher";
  private static final LocalDate FIRST_ISSUED = LocalDate.of(2025, 1, 1);
  private static final String ENGLISH = "en";
  private static final String SPANISH = "es";

  private final long seed;
  private final int practiceCount;
  private final int practicesPerCaseStudy;
  private final List<CaseStudyContent> caseStudies;

  private SyntheticDataset(
      long seed, int practiceCount, int practicesPerCaseStudy, List<CaseStudyContent> studies) {
    this.seed = seed;
    this.practiceCount = practiceCount;
    this.practicesPerCaseStudy = practicesPerCaseStudy;
    this.caseStudies = List.copyOf(studies);
  }

  /** A dataset of this many practices, {@value #DEFAULT_PRACTICES_PER_CASE_STUDY} a case study. */
  public static SyntheticDataset generate(long seed, int practices) {
    return generate(seed, practices, DEFAULT_PRACTICES_PER_CASE_STUDY);
  }

  /** A dataset of this many practices, split into case studies of at most so many practices. */
  public static SyntheticDataset generate(long seed, int practices, int practicesPerCaseStudy) {
    if (practices < 1) {
      throw new IllegalArgumentException("practices: " + practices + " is not at least 1");
    }
    if (practicesPerCaseStudy < 1) {
      throw new IllegalArgumentException(
          "practicesPerCaseStudy: " + practicesPerCaseStudy + " is not at least 1");
    }
    World world = new World(seed, practices, practicesPerCaseStudy);
    List<CaseStudyContent> studies = new ArrayList<>();
    for (int c = 0; c < world.caseStudyCount; c++) {
      studies.add(world.caseStudy(c));
    }
    return new SyntheticDataset(seed, practices, practicesPerCaseStudy, studies);
  }

  /**
   * The number of practices whose dataset maps to about this many triples: measured on a sample,
   * then checked once at full size and corrected.
   */
  public static int practicesForTriples(long seed, long targetTriples, int practicesPerCaseStudy) {
    if (targetTriples < 1) {
      throw new IllegalArgumentException("targetTriples: " + targetTriples + " is not at least 1");
    }
    int sample = Math.max(3 * practicesPerCaseStudy, 3000);
    double perPractice =
        (double) generate(seed, sample, practicesPerCaseStudy).tripleCount() / sample;
    int estimate = (int) Math.max(1, Math.round(targetTriples / perPractice));
    long measured = generate(seed, estimate, practicesPerCaseStudy).tripleCount();
    return (int) Math.max(1, Math.round(estimate * ((double) targetTriples / measured)));
  }

  public long seed() {
    return seed;
  }

  public int practiceCount() {
    return practiceCount;
  }

  public int practicesPerCaseStudy() {
    return practicesPerCaseStudy;
  }

  /** The case studies, in order. */
  public List<CaseStudyContent> caseStudies() {
    return caseStudies;
  }

  /** The graph of one case study, as {@link CaseStudyMapper} maps it with the default base. */
  public static Model model(CaseStudyContent content) {
    return new CaseStudyMapper(IriMinter.defaults()).toModel(content);
  }

  /** The IRI of the named graph that holds a case study: {@code .../graph/{slug}}. */
  public static String graphIri(CaseStudyContent content) {
    return IriMinter.defaults().graph(content.caseStudy().slug());
  }

  /** How many triples all case studies map to (the sum over their graphs). */
  public long tripleCount() {
    long total = 0;
    for (CaseStudyContent content : caseStudies) {
      total += model(content).size();
    }
    return total;
  }

  /** What {@link #write} wrote. */
  public record Output(List<Path> yamlFiles, Path nquads, long quads) {
    public Output {
      yamlFiles = List.copyOf(yamlFiles);
      Objects.requireNonNull(nquads, "nquads");
    }
  }

  /**
   * Writes one YAML file a case study, {@code {slug}.yaml}, into a directory, and the same content
   * as N-Quads into one file, each case study in its named graph. Quads are sorted within each
   * graph so that the file does not depend on the order of a model's iteration.
   *
   * @throws IllegalArgumentException if either path lies in a repository's {@code data/} directory
   */
  public Output write(Path yamlDirectory, Path nquadsFile) throws IOException {
    Objects.requireNonNull(yamlDirectory, "yamlDirectory");
    Objects.requireNonNull(nquadsFile, "nquadsFile");
    OutputGuard.refuseRepositoryData(yamlDirectory);
    OutputGuard.refuseRepositoryData(nquadsFile);
    Files.createDirectories(yamlDirectory);
    Path parent = nquadsFile.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    List<Path> files = new ArrayList<>();
    long quads = 0;
    try (Writer nq =
        new BufferedWriter(Files.newBufferedWriter(nquadsFile, StandardCharsets.UTF_8), 1 << 16)) {
      for (CaseStudyContent content : caseStudies) {
        Path file = yamlDirectory.resolve(content.caseStudy().slug() + ".yaml");
        Files.writeString(file, CaseStudyYaml.write(content), StandardCharsets.UTF_8);
        files.add(file);
        quads += writeQuads(content, nq);
      }
    }
    return new Output(files, nquadsFile, quads);
  }

  private static long writeQuads(CaseStudyContent content, Writer out) throws IOException {
    Node graph = NodeFactory.createURI(graphIri(content));
    String graphText = NodeFmtLib.strNT(graph);
    List<String> lines = new ArrayList<>();
    model(content)
        .getGraph()
        .find()
        .forEach(
            (Triple t) ->
                lines.add(
                    NodeFmtLib.strNT(t.getSubject())
                        + ' '
                        + NodeFmtLib.strNT(t.getPredicate())
                        + ' '
                        + NodeFmtLib.strNT(t.getObject())
                        + ' '
                        + graphText
                        + " .\n"));
    lines.sort(null);
    for (String line : lines) {
      out.write(line);
    }
    return lines.size();
  }

  /** Mixes a 64-bit value (SplitMix64's finalizer): seeds for independent random streams. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /**
   * The sizes and the shared resources of one dataset. Each territory, actor and case study draws
   * from its own random stream, seeded from the dataset's seed and its index, so nothing depends on
   * the order in which they are built.
   */
  private static final class World {
    private static final long TERRITORY_STREAM = 0x7e11L;
    private static final long GOVERNMENT_STREAM = 0x90feL;
    private static final long CASE_STUDY_STREAM = 0xca5eL;

    private final long seed;
    private final int practices;
    private final int perCaseStudy;
    private final int caseStudyCount;
    private final int countries;
    private final int regions;
    private final int cities;
    private final int networks;
    private final Territory[] territoryCache;

    private final WeightedConcepts themes;
    private final WeightedConcepts rights;
    private final WeightedConcepts targetGroups;
    private final WeightedConcepts instruments;
    private final WeightedConcepts pillars;
    private final WeightedConcepts advantages;
    private final WeightedConcepts challenges;

    World(long seed, int practices, int perCaseStudy) {
      this.seed = seed;
      this.practices = practices;
      this.perCaseStudy = perCaseStudy;
      this.caseStudyCount = (practices + perCaseStudy - 1) / perCaseStudy;
      // About one territory for ten practices: cities in regions in countries.
      int territories = Math.max(3, Math.round(practices / 10f));
      this.countries = Math.max(1, territories / 50);
      this.regions = Math.max(1, territories / 10);
      this.cities = Math.max(1, territories - countries - regions);
      this.networks = Math.max(1, territories / 200);
      this.territoryCache = new Territory[countries + regions + cities];

      Model schemes = HrcgResources.schemes();
      SplittableRandom shuffle = new SplittableRandom(mix(seed));
      themes = WeightedConcepts.of(schemes, "theme", 1.2, shuffle);
      rights = WeightedConcepts.of(schemes, "right", 1.0, shuffle);
      targetGroups = WeightedConcepts.of(schemes, "target-group", 1.0, shuffle);
      instruments = WeightedConcepts.of(schemes, "instrument", 1.1, shuffle);
      pillars = WeightedConcepts.of(schemes, "pillar", 0.8, shuffle);
      advantages = WeightedConcepts.of(schemes, "advantage", 0.8, shuffle);
      challenges = WeightedConcepts.of(schemes, "challenge", 0.8, shuffle);
    }

    private SplittableRandom stream(long kind, long index) {
      return new SplittableRandom(mix(mix(seed ^ kind) + index));
    }

    // Territories are numbered 0..T-1: countries first, then regions, then cities.

    private int city(int m) {
      return countries + regions + m;
    }

    private boolean isCity(int t) {
      return t >= countries + regions;
    }

    private int parent(int t) {
      if (t < countries) {
        return -1;
      }
      if (t < countries + regions) {
        return (int) ((long) (t - countries) * countries / regions);
      }
      return countries + (int) ((long) (t - countries - regions) * regions / cities);
    }

    private String name(int t) {
      if (t < countries) {
        return "Country " + (t + 1);
      }
      if (t < countries + regions) {
        return "Region " + (t - countries + 1);
      }
      return "City " + (t - countries - regions + 1);
    }

    private String territorySlug(int t) {
      return SLUG_PREFIX + name(t).toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private Territory territory(int t) {
      Territory cached = territoryCache[t];
      if (cached != null) {
        return cached;
      }
      SplittableRandom random = stream(TERRITORY_STREAM, t);
      double kind = random.nextDouble();
      double spanish = random.nextDouble();
      double located = random.nextDouble();
      double lat = Math.round((random.nextDouble() * 140 - 70) * 10_000) / 10_000.0;
      double lon = Math.round((random.nextDouble() * 360 - 180) * 10_000) / 10_000.0;
      List<LangString> labels = new ArrayList<>();
      labels.add(new LangString("Synthetic " + name(t), ENGLISH));
      Territory.Type type;
      LangString note = null;
      Coordinates coordinates = null;
      if (t < countries) {
        type = Territory.Type.COUNTRY;
      } else if (t < countries + regions) {
        type = Territory.Type.REGION;
      } else {
        if (kind < 0.05) {
          type = Territory.Type.TERRITORY;
          note =
              new LangString(
                  "Synthetic note: the generated source does not say whether this is a city"
                      + " or a province.",
                  ENGLISH);
        } else {
          type = Territory.Type.CITY;
        }
        if (spanish < 0.10) {
          labels.add(new LangString("Synthetic ciudad " + (t - countries - regions + 1), SPANISH));
        }
        if (located < 0.30) {
          coordinates = new Coordinates(lat, lon);
        }
      }
      int parent = parent(t);
      Territory territory =
          new Territory(
              territorySlug(t),
              labels,
              type,
              parent < 0 ? List.of() : List.of(territorySlug(parent)),
              null,
              coordinates,
              note);
      territoryCache[t] = territory;
      return territory;
    }

    private String governmentSlug(int t) {
      return territorySlug(t) + "-government";
    }

    private String mayorSlug(int t) {
      return territorySlug(t) + "-mayor";
    }

    private String networkSlug(int w) {
      return SLUG_PREFIX + "network-" + (w + 1);
    }

    /** The network a territory's government is a member of, or -1. */
    private int governmentNetwork(int t) {
      SplittableRandom random = stream(GOVERNMENT_STREAM, t);
      return random.nextDouble() < 0.30 ? random.nextInt(networks) : -1;
    }

    private Actor government(int t) {
      int network = governmentNetwork(t);
      return new Actor(
          governmentSlug(t),
          List.of(new LangString("Synthetic government of " + name(t), ENGLISH)),
          Actor.Type.LOCAL_GOVERNMENT,
          territorySlug(t),
          network < 0 ? List.of() : List.of(networkSlug(network)),
          List.of(territorySlug(t)),
          List.of());
    }

    private Actor mayor(int t) {
      return new Actor(
          mayorSlug(t),
          List.of(new LangString("Synthetic Mayor of " + name(t), ENGLISH)),
          Actor.Type.PERSON,
          territorySlug(t),
          List.of(),
          List.of(),
          List.of(new Membership("mayor", governmentSlug(t))));
    }

    private Actor network(int w) {
      return new Actor(
          networkSlug(w),
          List.of(new LangString("Synthetic Network of Cities " + (w + 1), ENGLISH)),
          Actor.Type.ORGANIZATION,
          null,
          List.of(),
          List.of(),
          List.of());
    }

    /** What is decided about one practice before its record is built. */
    private static final class Plan {
      int territory;
      boolean spanish;
      List<String> themes;
      List<String> rights;
      List<String> targetGroups;
      List<String> instruments;
      int network = -1;
      final List<String> pairedWith = new ArrayList<>();
      final List<ResourceId> inspired = new ArrayList<>();
      String statedIn;
      String pillar;
      boolean presented;
    }

    /** The resources a case study refers to, which it must therefore define. */
    private static final class Needs {
      final TreeSet<Integer> territories = new TreeSet<>();
      final TreeSet<Integer> governments = new TreeSet<>();
      final TreeSet<Integer> mayors = new TreeSet<>();
      final TreeSet<Integer> networks = new TreeSet<>();
    }

    CaseStudyContent caseStudy(int c) {
      SplittableRandom random = stream(CASE_STUDY_STREAM, c);
      int first = c * perCaseStudy + 1;
      int size = Math.min(practices, (c + 1) * perCaseStudy) - first + 1;
      int lo = (int) ((long) c * cities / caseStudyCount);
      int hi = Math.min(cities, Math.max(lo + 1, (int) ((long) (c + 1) * cities / caseStudyCount)));
      int number = c + 1;
      String caseSlug = SLUG_PREFIX + "case-study-" + number;
      String eventSlug = SLUG_PREFIX + "event-" + number;
      Needs needs = new Needs();

      Plan[] plans = new Plan[size];
      for (int i = 0; i < size; i++) {
        Plan plan = new Plan();
        plans[i] = plan;
        double where = random.nextDouble();
        if (where < 0.88) {
          plan.territory = city(lo + (int) ((hi - lo) * Math.pow(random.nextDouble(), 1.5)));
        } else if (where < 0.95) {
          plan.territory = city(random.nextInt(cities));
        } else if (where < 0.99) {
          plan.territory = parent(city(lo + random.nextInt(hi - lo)));
        } else {
          plan.territory = random.nextInt(countries);
        }
        plan.spanish = random.nextDouble() < 0.10;
        plan.themes = themes.pickDistinct(random, 1 + chance(random, 0.4) + chance(random, 0.1));
        plan.rights = rights.pickDistinct(random, chance(random, 0.5) + chance(random, 0.2));
        plan.targetGroups =
            targetGroups.pickDistinct(random, chance(random, 0.6) + chance(random, 0.15));
        plan.instruments =
            instruments.pickDistinct(random, chance(random, 0.8) + chance(random, 0.2));
        if (random.nextDouble() < 0.15) {
          plan.network = random.nextInt(networks);
        }
        if (random.nextDouble() < 0.40) {
          plan.pillar = pillars.pick(random);
        }
        plan.presented = random.nextDouble() < 0.10;
      }
      // Pairings and inspirations stay inside the case study: a file is self-contained.
      for (int i = 0; i < size && size > 1; i++) {
        if (random.nextDouble() < 0.04) {
          int j = other(random, i, size);
          String partner = practiceSlug(first + j);
          String self = practiceSlug(first + i);
          if (!plans[j].pairedWith.contains(self) && !plans[i].pairedWith.contains(partner)) {
            plans[i].pairedWith.add(partner);
          }
        }
        double inspiration = random.nextDouble();
        if (inspiration < 0.03) {
          plans[i].inspired.add(ResourceId.practice(practiceSlug(first + other(random, i, size))));
        } else if (inspiration < 0.04) {
          int t = city(lo + random.nextInt(hi - lo));
          if (t != plans[i].territory) {
            plans[i].inspired.add(ResourceId.territory(territorySlug(t)));
            needs.territories.add(t);
          }
        }
      }

      List<Statement> statements = new ArrayList<>();
      Set<String> speakers = new LinkedHashSet<>();
      int statementCount = Math.max(1, size / 40);
      for (int s = 0; s < statementCount; s++) {
        String slug = SLUG_PREFIX + "statement-" + number + "-" + (s + 1);
        boolean joint = size >= 2 && random.nextDouble() < 0.6;
        int wanted = joint ? Math.min(size, 2 + random.nextInt(4)) : 1;
        List<Integer> chosen = new ArrayList<>();
        for (int attempt = 0; chosen.size() < wanted && attempt < wanted * 20; attempt++) {
          int i = random.nextInt(size);
          if (plans[i].statedIn == null && !chosen.contains(i)) {
            chosen.add(i);
          }
        }
        List<String> named = new ArrayList<>();
        for (int i : chosen) {
          plans[i].statedIn = slug;
          String t = territorySlug(plans[i].territory);
          if (!named.contains(t)) {
            named.add(t);
            needs.territories.add(plans[i].territory);
          }
        }
        List<String> statementAdvantages = advantages.pickDistinct(random, random.nextInt(3));
        List<String> statementChallenges = challenges.pickDistinct(random, random.nextInt(3));
        String speaker;
        LangString description = null;
        LangString quote = null;
        String label;
        if (joint) {
          int w = random.nextInt(networks);
          needs.networks.add(w);
          speaker = networkSlug(w);
          label = "Synthetic joint statement " + number + "-" + (s + 1);
          description =
              new LangString(
                  "Synthetic joint statement naming "
                      + named.size()
                      + " territories, generated with seed "
                      + seed
                      + ".",
                  ENGLISH);
        } else {
          int t = chosen.isEmpty() ? city(lo) : plans[chosen.get(0)].territory;
          if (isCity(t)) {
            needs.mayors.add(t);
            speaker = mayorSlug(t);
          } else {
            needs.governments.add(t);
            speaker = governmentSlug(t);
          }
          if (named.isEmpty()) {
            named.add(territorySlug(t));
            needs.territories.add(t);
          }
          label = "Synthetic statement " + number + "-" + (s + 1);
          quote =
              new LangString(
                  "Synthetic quote " + number + "-" + (s + 1) + ": local action makes rights real.",
                  ENGLISH);
        }
        speakers.add(speaker);
        statements.add(
            new Statement(
                slug,
                List.of(new LangString(label, ENGLISH)),
                description,
                quote,
                speaker,
                eventSlug,
                named,
                statementAdvantages,
                statementChallenges));
      }

      int host = city(lo);
      needs.territories.add(host);
      needs.governments.add(host);
      List<String> participants = new ArrayList<>(speakers);
      if (!participants.contains(governmentSlug(host))) {
        participants.add(governmentSlug(host));
      }
      Event event =
          new Event(
              eventSlug,
              List.of(new LangString("Synthetic forum " + number, ENGLISH)),
              new LangString(
                  "Synthetic forum at which the statements of synthetic case study "
                      + number
                      + " were made.",
                  ENGLISH),
              FIRST_ISSUED.plusDays(c % 365),
              new LangString("Synthetic conference centre " + number, ENGLISH),
              territorySlug(host),
              participants,
              advantages.pickDistinct(random, 1 + random.nextInt(2)),
              challenges.pickDistinct(random, 1 + random.nextInt(2)));

      List<Practice> practiceRecords = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        Plan plan = plans[i];
        int p = first + i;
        needs.territories.add(plan.territory);
        needs.governments.add(plan.territory);
        Practice.Builder practice =
            Practice.builder(practiceSlug(p))
                .label(
                    new LangString(
                        "Synthetic practice "
                            + p
                            + " on "
                            + plan.themes.get(0)
                            + " in "
                            + name(plan.territory),
                        ENGLISH))
                .description(
                    new LangString(
                        "Synthetic description of practice "
                            + p
                            + ", generated with seed "
                            + seed
                            + "; it describes no real policy.",
                        ENGLISH))
                .territory(territorySlug(plan.territory))
                .themes(plan.themes.toArray(String[]::new))
                .rights(plan.rights.toArray(String[]::new))
                .targetGroups(plan.targetGroups.toArray(String[]::new))
                .instruments(plan.instruments.toArray(String[]::new))
                .implementedBy(governmentSlug(plan.territory))
                .inspired(plan.inspired.toArray(ResourceId[]::new))
                .pairedWith(plan.pairedWith.toArray(String[]::new))
                .statedIn(plan.statedIn)
                .pillar(plan.pillar);
        if (plan.spanish) {
          practice.label(new LangString("Synthetic práctica " + p + " (sintética)", SPANISH));
        }
        if (plan.network >= 0) {
          needs.networks.add(plan.network);
          practice.implementedBy(networkSlug(plan.network));
        }
        if (plan.presented) {
          practice.presentedAt(eventSlug);
        }
        practiceRecords.add(practice.build());
      }

      Document document =
          new Document(
              SLUG_PREFIX + "document-" + number,
              List.of(new LangString("Synthetic guidance framework " + number, ENGLISH)),
              new LangString(
                  "Synthetic guidance framework presented at synthetic forum " + number + ".",
                  ENGLISH),
              pillars.pickDistinct(random, 1 + random.nextInt(3)),
              List.of(eventSlug));
      Campaign campaign =
          c % 5 == 0
              ? new Campaign(
                  SLUG_PREFIX + "campaign-" + number,
                  List.of(new LangString("Synthetic campaign " + number, ENGLISH)),
                  new LangString(
                      "Synthetic call to action launched at synthetic forum " + number + ".",
                      ENGLISH),
                  List.of(eventSlug))
              : null;

      CaseStudy caseStudy =
          new CaseStudy(
              caseSlug,
              new LangString(
                  "Synthetic case study " + number + " (generated, seed " + seed + ")", ENGLISH),
              PUBLISHER,
              FIRST_ISSUED.plusDays(c % 365),
              URI.create(
                  "https://example.org/hrcg/synthetic/seed-" + seed + "/case-study-" + number),
              ENGLISH,
              new LangString(
                  "Synthetic case study generated for benchmarks with seed "
                      + seed
                      + "; it describes no real place, person or policy.",
                  ENGLISH),
              new LangString(
                  "Synthetic: every resource of this case study was generated.", ENGLISH));

      CaseStudyContent.Builder content = CaseStudyContent.builder(caseStudy);
      close(needs);
      needs.territories.forEach(t -> content.territory(territory(t)));
      needs.governments.forEach(t -> content.actor(government(t)));
      needs.mayors.forEach(t -> content.actor(mayor(t)));
      needs.networks.forEach(w -> content.actor(network(w)));
      content.actor(Actor.of(PUBLISHER, "Synthetic Data Publisher", Actor.Type.ORGANIZATION));
      practiceRecords.forEach(content::practice);
      content.event(event);
      statements.forEach(content::statement);
      content.document(document);
      if (campaign != null) {
        content.campaign(campaign);
      }
      return content.build();
    }

    /** Adds what the needed resources refer to in turn. */
    private void close(Needs needs) {
      for (int t : needs.mayors) {
        needs.governments.add(t);
      }
      for (int t : needs.governments) {
        needs.territories.add(t);
        int network = governmentNetwork(t);
        if (network >= 0) {
          needs.networks.add(network);
        }
      }
      for (int t : List.copyOf(needs.territories)) {
        for (int up = parent(t); up >= 0; up = parent(up)) {
          needs.territories.add(up);
        }
      }
    }

    private static String practiceSlug(int p) {
      return SLUG_PREFIX + "practice-" + p;
    }

    private static int chance(SplittableRandom random, double probability) {
      return random.nextDouble() < probability ? 1 : 0;
    }

    /** Another index than {@code i} in {@code 0..size-1}; size is at least 2. */
    private static int other(SplittableRandom random, int i, int size) {
      int j = random.nextInt(size - 1);
      return j >= i ? j + 1 : j;
    }
  }
}
