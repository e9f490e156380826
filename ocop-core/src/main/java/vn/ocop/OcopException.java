package vn.ocop;

/** The root of every exception this library throws. */
public class OcopException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong */
    public OcopException(String message) {
        super(message);
    }

    /** @param message what went wrong @param cause the underlying failure */
    public OcopException(String message, Throwable cause) {
        super(message, cause);
    }
}
