package org.hrcg.service.casestudies;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hrcg.ingest.Problem;
import org.hrcg.ingest.SourceFile;
import org.hrcg.ingest.pipeline.Ingest;
import org.hrcg.ingest.pipeline.Readers;
import org.hrcg.ingest.pipeline.Report;
import org.hrcg.ingest.pipeline.ShapeValidation;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.model.iri.ReservedGraph;
import org.hrcg.model.iri.Slugs;
import org.hrcg.model.store.GraphStore;
import org.hrcg.model.store.LoadedGraph;
import org.hrcg.model.store.StoreFault;
import org.hrcg.model.store.StoreFaultException;
import org.hrcg.service.Roles;
import org.hrcg.service.StoreFaults;
import org.hrcg.service.api.ApiProblem;
import org.hrcg.service.system.Contributor;
import org.hrcg.service.system.Contributors;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.core.Authentication;

/**
 * Submitting and withdrawing case studies: an upload goes through the ingest pipeline as a file
 * would (the checks every format shares, the reader of its format, the SHACL shapes, the graph
 * rules) and is written, all or nothing, as its own graph with a load record naming the user and
 * the file. What refuses a request is an {@link ApiProblem}: 403 for a case study that is not the
 * user's, 422 with every problem of a file that does not pass, 404 for a withdrawal of nothing, 503
 * while the store is served read-only and 507 when it has no room for the write.
 */
class CaseStudies {

  private final GraphStore store;
  private final IriMinter minter;
  private final Contributors contributors;
  private final Readers readers;
  private final ShapeValidation validation;
  private final StoreFaults faults;
  private final long maxBytes;

  CaseStudies(
      GraphStore store,
      IriMinter minter,
      Contributors contributors,
      Readers readers,
      ShapeValidation validation,
      StoreFaults faults,
      long maxBytes) {
    this.store = Objects.requireNonNull(store, "store");
    this.faults = Objects.requireNonNull(faults, "faults");
    this.minter = Objects.requireNonNull(minter, "minter");
    this.contributors = Objects.requireNonNull(contributors, "contributors");
    this.readers = Objects.requireNonNull(readers, "readers");
    this.validation = Objects.requireNonNull(validation, "validation");
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes: must be 1 or more, was " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** The largest upload, in bytes. */
  long maxBytes() {
    return maxBytes;
  }

  /** The extensions whose readers read an upload, without dots. */
  Set<String> extensions() {
    return readers.extensions();
  }

  /** The user of a request that security let through: the admin or a contributor. */
  Submitter submitter(Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()) {
      throw new ApiProblem(HttpStatus.UNAUTHORIZED, "this request needs credentials");
    }
    String name = authentication.getName();
    boolean admin =
        authentication.getAuthorities().stream()
            .anyMatch(a -> Roles.ADMIN.equals(a.getAuthority()));
    if (admin) {
      return Submitter.admin(name);
    }
    Optional<Contributor> contributor = contributors.find(name);
    if (contributor.isEmpty()) {
      throw new ApiProblem(
          HttpStatus.FORBIDDEN, "'" + name + "' is not a contributor: no case study is theirs");
    }
    return Submitter.contributor(name, contributor.get().caseStudies());
  }

  /**
   * Refuses a write while the store is served read-only, before an upload is read.
   *
   * @throws ApiProblem 503 with reason {@code store-read-only}
   */
  void requireWritable() {
    Optional<StoreFault> readOnly = faults.readOnly();
    if (readOnly.isPresent()) {
      faults.refused(readOnly.get());
      throw refused(readOnly.get());
    }
  }

  /**
   * Validates an upload and, if it passes and is the submitter's, loads it as its graph.
   *
   * @param name the file name it is read and recorded under; its extension picks the reader
   * @param bytes its content
   * @throws ApiProblem 413, 422 (with every problem) or 403; 503 while the store is read-only, 507
   *     when it has no room; then nothing was written
   */
  Submitted submit(Path name, byte[] bytes, Submitter submitter) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(submitter, "submitter");
    if (bytes.length > maxBytes) {
      throw tooLarge(maxBytes);
    }
    SourceFile.Result checked = SourceFile.check(name, bytes);
    if (checked instanceof SourceFile.Rejected rejected) {
      throw invalid(name, List.of(rejected.problem()));
    }
    Report report;
    try {
      report =
          Ingest.builder()
              .input(((SourceFile.Read) checked).file())
              .readers(readers)
              .validation(validation)
              .minter(minter)
              .agent(submitter.name())
              .build()
              .run(store, graphs -> admit(name, graphs, submitter));
    } catch (StoreFaultException e) {
      faults.refused(e.fault());
      throw refused(e.fault());
    }
    if (!report.written()) {
      if (report.problems().isEmpty()) {
        throw new ApiProblem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "'" + name + "' holds no case study: nothing was written")
            .with("file", name.toString());
      }
      throw invalid(name, report.problems());
    }
    Report.ReadGraph graph = report.graphs().get(0);
    String slug = minter.graphSlug(graph.graphIri()).orElseThrow();
    long revision =
        store.loadRecord(graph.graphIri()).map(LoadedGraph::revision).orElseGet(store::revision);
    return new Submitted(
        graph.graphIri(),
        slug,
        report.added().contains(graph.graphIri()),
        name.toString(),
        graph.triples(),
        revision,
        FileProblem.of(report.problems()));
  }

  /**
   * Removes a case study's graph and its load record.
   *
   * @throws ApiProblem 400 for a slug that cannot name a case study, 403 for another's, 404 when
   *     there is no such graph; 503 while the store is read-only, 507 when it has no room
   */
  void withdraw(String slug, Submitter submitter) {
    Objects.requireNonNull(submitter, "submitter");
    if (!Slugs.isValid(slug)) {
      throw ApiProblem.badParameter(
          "slug",
          "'"
              + shorten(slug)
              + "' is not the slug of a case study: lower-case letters and digits joined by"
              + " single hyphens");
    }
    Optional<ReservedGraph> reserved = ReservedGraph.fromSlug(slug);
    if (reserved.isPresent()) {
      throw ApiProblem.badParameter(
          "slug",
          "'"
              + slug
              + "' names a reserved graph (<"
              + minter.graph(reserved.get())
              + ">), not a case study: it cannot be withdrawn");
    }
    requireMayWrite(submitter, slug, "withdraw");
    requireWritable();
    boolean withdrawn;
    try {
      withdrawn = store.withdraw(slug);
    } catch (StoreFaultException e) {
      faults.refused(e.fault());
      throw refused(e.fault());
    }
    if (!withdrawn) {
      throw ApiProblem.notFound(
              "there is no case study '" + slug + "' (graph <" + minter.graph(slug) + ">)")
          .with("slug", slug);
    }
  }

  /** Refuses, before anything is written, a file that writes graphs its submitter may not. */
  private void admit(Path name, List<Report.ReadGraph> graphs, Submitter submitter) {
    if (graphs.size() > 1) {
      throw new ApiProblem(
              HttpStatus.UNPROCESSABLE_CONTENT,
              "an upload is one case study, but '"
                  + name
                  + "' holds "
                  + graphs.size()
                  + " graphs: send each case study in a file of its own; nothing was written")
          .with("file", name.toString())
          .with("graphs", graphs.stream().map(Report.ReadGraph::graphIri).toList());
    }
    for (Report.ReadGraph graph : graphs) {
      Optional<String> slug = minter.graphSlug(graph.graphIri());
      if (slug.isEmpty()) {
        // Not a graph of this store: the pipeline reports it as a problem of the file.
        continue;
      }
      Optional<ReservedGraph> reserved = ReservedGraph.fromSlug(slug.get());
      if (reserved.filter(g -> g == ReservedGraph.CURATION).isPresent()) {
        if (!submitter.admin()) {
          throw new ApiProblem(
                  HttpStatus.FORBIDDEN,
                  "'"
                      + submitter.name()
                      + "' may not submit a curation file: only the admin curates links that no"
                      + " source states")
              .with("slug", slug.get());
        }
      } else if (reserved.isEmpty()) {
        requireMayWrite(submitter, slug.get(), "submit");
      }
    }
  }

  private static void requireMayWrite(Submitter submitter, String slug, String what) {
    if (!submitter.mayWrite(slug)) {
      throw new ApiProblem(
              HttpStatus.FORBIDDEN,
              "'"
                  + submitter.name()
                  + "' may not "
                  + what
                  + " case study '"
                  + slug
                  + "': their case studies are "
                  + submitter.sortedCaseStudies())
          .with("slug", slug);
    }
  }

  private static ApiProblem invalid(Path name, List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    long warnings = problems.size() - errors;
    return new ApiProblem(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "'"
                + name
                + "' has "
                + count(errors, "error")
                + (warnings > 0 ? " and " + count(warnings, "warning") : "")
                + ": nothing was written")
        .with("file", name.toString())
        .with("problems", FileProblem.of(problems));
  }

  /** A write the store's directory refused: 503 or 507, with the fault's tag as its reason. */
  private static ApiProblem refused(StoreFault fault) {
    return new ApiProblem(HttpStatusCode.valueOf(StoreFaults.status(fault)), fault.detail())
        .with("reason", fault.kind().tag());
  }

  static ApiProblem tooLarge(long maxBytes) {
    return new ApiProblem(
            HttpStatus.CONTENT_TOO_LARGE,
            "the upload is larger than the limit of "
                + maxBytes
                + " bytes (hrcg.limits.max-upload-size)")
        .with("limit", maxBytes);
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String shorten(String value) {
    if (value == null) {
      return "";
    }
    return value.length() <= 80 ? value : value.substring(0, 79) + "…";
  }
}
