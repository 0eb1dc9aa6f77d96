/**
 * What every JSON API under {@code /api} shares: errors as RFC 9457 problem details ({@link
 * org.hrcg.service.api.ApiProblems}), {@link org.hrcg.service.api.ApiProblem} for a feature's own
 * refusals, the OpenAPI description at {@code /v3/api-docs}, and the rule that reads of the API are
 * public.
 *
 * <p>A feature's controller under {@code /api} throws an {@link org.hrcg.service.api.ApiProblem}
 * (or any of Spring's {@link org.springframework.web.ErrorResponse} exceptions) to refuse a
 * request; a bad parameter is {@link org.hrcg.service.api.ApiProblem#badParameter}, which names it.
 * Anything else it throws is a 500 whose body says nothing of the cause: the log has it.
 */
package org.hrcg.service.api;
