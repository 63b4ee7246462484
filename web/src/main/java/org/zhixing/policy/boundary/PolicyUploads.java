package org.zhixing.policy.boundary;

import static org.zhixing.platform.web.SharedJsonb.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.zhixing.platform.problem.InvalidParameterException;
import org.zhixing.policy.control.DocumentTextExtractor;
import org.zhixing.policy.control.DocumentTooLargeException;
import org.zhixing.policy.control.Upload;

/**
 * Reads the two parts of an upload: the file, never more than the size limit into memory, and the metadata as JSON,
 * validated like any request body.
 */
@ApplicationScoped
public class PolicyUploads {


  @Inject Validator validator;

  Upload file(EntityPart part) {
    if (part == null) {
      throw new InvalidParameterException("file", "");
    }
    try (InputStream in = part.getContent()) {
      byte[] content = in.readNBytes(DocumentTextExtractor.MAX_BYTES + 1);
      if (content.length > DocumentTextExtractor.MAX_BYTES) {
        throw new DocumentTooLargeException(String.valueOf(DocumentTextExtractor.MAX_BYTES));
      }
      return new Upload(part.getFileName().orElse("document"), content);
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the uploaded file failed", e);
    }
  }

  PolicyRequest metadata(EntityPart part) {
    if (part == null) {
      throw new InvalidParameterException("metadata", "");
    }
    PolicyRequest request;
    try {
      request = JSON.fromJson(part.getContent(String.class), PolicyRequest.class);
    } catch (JsonbException e) {
      throw new InvalidParameterException("metadata", "JSON");
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the upload's metadata failed", e);
    }
    Set<ConstraintViolation<PolicyRequest>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return request;
  }
}
