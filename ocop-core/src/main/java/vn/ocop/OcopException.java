package vn.ocop;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** The root of every exception this library throws. */
@API(status = STABLE, since = "0.1.0")
public class OcopException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong */
    public OcopException(String message) {
        super(message);
    }

    /** @param message what went wrong @param cause the underlying failure */
    public OcopException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
