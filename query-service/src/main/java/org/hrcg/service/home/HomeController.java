package org.hrcg.service.home;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.hrcg.model.competency.CompetencyQuestions;
import org.hrcg.model.store.GraphStore;
import org.hrcg.service.web.Webjars;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The home page for browsers: what the dataset is, a search box, and the SPARQL query editor with
 * the competency questions as examples; and those examples as JSON for the editor's script.
 *
 * <p>The page carries no script of its own: {@code /js/home.js} starts the editor, and the examples
 * come from {@code /api/examples}, so that the Content-Security-Policy can forbid inline scripts.
 */
@Controller
class HomeController {

  /** Where the page's editor sends queries. */
  static final String ENDPOINT = "/sparql";

  /** The page's script. */
  static final String SCRIPT = "/js/home.js";

  /** The examples as JSON. */
  static final String EXAMPLES = "/api/examples";

  private final GraphStore store;
  private final List<ExampleQuery> examples;
  private final String yasgui;
  private final AtomicReference<DatasetSummary> summary = new AtomicReference<>();

  HomeController(GraphStore store) {
    this.store = Objects.requireNonNull(store, "store");
    this.examples = CompetencyQuestions.all().stream().map(ExampleQuery::of).toList();
    this.yasgui = Webjars.npm("zazuko__yasgui") + "build/";
  }

  @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
  String home(Model model) {
    model.addAttribute("summary", summary());
    model.addAttribute("examples", examples);
    model.addAttribute("endpoint", ENDPOINT);
    model.addAttribute("examplesUrl", EXAMPLES);
    model.addAttribute("yasguiScript", yasgui + "yasgui.min.js");
    model.addAttribute("yasguiStylesheet", yasgui + "yasgui.min.css");
    model.addAttribute("script", SCRIPT);
    return "home/index";
  }

  @GetMapping(path = EXAMPLES, produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  List<ExampleQuery> examples() {
    return examples;
  }

  /** Counted again only when a write has changed the store since the last count. */
  DatasetSummary summary() {
    DatasetSummary known = summary.get();
    if (known != null && known.revision() == store.revision()) {
      return known;
    }
    DatasetSummary counted = DatasetSummary.of(store);
    summary.set(counted);
    return counted;
  }
}
