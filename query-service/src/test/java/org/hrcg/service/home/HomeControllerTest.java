package org.hrcg.service.home;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.hamcrest.Matchers;
import org.hrcg.model.competency.CompetencyQuestions;
import org.hrcg.model.store.GraphStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(HomeController.class)
@AutoConfigureMockMvc(addFilters = false)
class HomeControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean GraphStore store;

  @BeforeEach
  void storeAtRevisionSeven() {
    given(store.revision()).willReturn(7L);
    given(store.query(anyString(), any())).willReturn(new DatasetSummary(25, 19, 1, 7));
  }

  @Test
  void showsWhatTheDatasetHoldsAndTheEditorWithTheExamples() throws Exception {
    mvc.perform(get("/").accept(MediaType.TEXT_HTML))
        .andExpect(status().isOk())
        .andExpect(view().name("home/index"))
        .andExpect(model().attribute("summary", new DatasetSummary(25, 19, 1, 7)))
        .andExpect(content().string(Matchers.containsString("<strong>25</strong>")))
        .andExpect(content().string(Matchers.containsString("<span>source</span>")))
        .andExpect(content().string(Matchers.containsString("<span>territories</span>")))
        .andExpect(content().string(Matchers.containsString("action=\"/practices\"")))
        .andExpect(content().string(Matchers.containsString("data-endpoint=\"/sparql\"")))
        .andExpect(content().string(Matchers.containsString("value=\"01-procurement-cities\"")))
        .andExpect(
            content()
                .string(
                    Matchers.containsString(
                        "src=\"/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js\"")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("<script>"))))
        .andExpect(content().string(Matchers.not(Matchers.containsString(" style="))));
  }

  @Test
  void countsAgainOnlyAfterTheStoreChanged() throws Exception {
    mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
    mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
    verify(store, times(1)).query(anyString(), any());

    given(store.revision()).willReturn(8L);
    mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
    verify(store, times(2)).query(anyString(), any());
  }

  @Test
  void servesTheExampleQueriesAsJson() throws Exception {
    int count = CompetencyQuestions.names().size();
    mvc.perform(get("/api/examples").accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.length()").value(count))
        .andExpect(jsonPath("$[0].name").value("01-procurement-cities"))
        .andExpect(jsonPath("$[0].title").value(Matchers.containsString("procurement")))
        .andExpect(jsonPath("$[0].description").isString())
        .andExpect(jsonPath("$[0].query").value(Matchers.containsString("SELECT")));
  }
}
