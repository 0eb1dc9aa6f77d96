package org.hrcg.service.peers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hrcg.service.api.ApiProblem;

/**
 * A page of a list the JSON API sends a page at a time: {@code page} from 1 and {@code size} from 1
 * to a maximum, checked (a {@code 400} naming the parameter otherwise); a page past the end is
 * empty.
 *
 * @param page the page, from 1
 * @param size the items a page
 */
record ApiPage(int page, int size) {

  /** The page a request asks for, its parameters checked. */
  static ApiPage of(Integer page, Integer size, int defaultSize, int maxSize) {
    int pageNumber = page == null ? 1 : page;
    if (pageNumber < 1) {
      throw ApiProblem.badParameter("page", "parameter 'page' starts at 1, not " + pageNumber);
    }
    int pageSize = size == null ? defaultSize : size;
    if (pageSize < 1 || pageSize > maxSize) {
      throw ApiProblem.badParameter(
          "size", "parameter 'size' must be between 1 and " + maxSize + ", not " + pageSize);
    }
    return new ApiPage(pageNumber, pageSize);
  }

  /** The items of this page. */
  <T> List<T> of(List<T> all) {
    long from = Math.min(all.size(), (long) (page - 1) * size);
    long to = Math.min(all.size(), from + size);
    return all.subList((int) from, (int) to);
  }

  /** The answer's paging members ({@code page}, {@code size}, {@code total}, {@code pages}). */
  Map<String, Object> members(int total) {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("page", page);
    members.put("size", size);
    members.put("total", total);
    members.put("pages", (total + size - 1) / size);
    return members;
  }
}
