package dev.clapboard.api.web;

import dev.clapboard.campaign.CampaignNotFoundException;
import dev.clapboard.generation.GenerationRefusedException;
import dev.clapboard.prompt.PromptInputException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as RFC 9457 problem+json. Validation problems list each field in {@code errors}
 * ({@code [{"field": "name", "message": "..."}]}). Spring's own handling covers malformed JSON (400), a wrong
 * content type (415), a wrong method (405) and unreadable parameters (400).
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    /** Something the caller asked for does not exist in the token's workspace (or at all: the same answer). */
    static final class NotFoundException extends RuntimeException {
        NotFoundException(String what) {
            super(what + " was not found.");
        }
    }

    /** Input refused with the field it belongs to. */
    static final class FieldException extends RuntimeException {
        private final String field;

        FieldException(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
                .map(e -> error(e.getField(), e.getDefaultMessage())).toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid parameters.");
        problem.setProperty("errors", ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(e -> error(
                        r.getMethodParameter().getParameterName(), e.getDefaultMessage())))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(CampaignNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail field(FieldException e) {
        return fieldProblem(e.field, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail prompt(PromptInputException e) {
        return fieldProblem(e.field(), e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail cursor(Cursors.TamperedCursorException e) {
        return fieldProblem("cursor", e.getMessage());
    }

    /** A generation refused for a reason the UI would show: the same message, 422. */
    @ExceptionHandler
    ProblemDetail refused(GenerationRefusedException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Generation refused");
        return problem;
    }

    /** The services' own rules (campaign and card rules) refuse with a message for the caller. */
    @ExceptionHandler
    ProblemDetail invalid(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** E.g. an archived campaign, which can no longer change. */
    @ExceptionHandler
    ProblemDetail conflict(IllegalStateException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    /** The token's role is not enough for this service call, though its scope let it in. */
    @ExceptionHandler
    ProblemDetail denied(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "This token may not do that.");
    }

    private static ProblemDetail fieldProblem(String field, @Nullable String message) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setProperty("errors", List.of(error(field, message)));
        return problem;
    }

    private static Map<String, String> error(String field, @Nullable String message) {
        return Map.of("field", field, "message", message == null ? "is not valid" : message);
    }
}
