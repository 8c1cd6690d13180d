package com.example.authstarter.base;

/**
 * The server refused work it could not take on now (all password-hashing slots stayed busy). Shown to the
 * user as "busy, try again", never as an error page.
 */
public class ServerBusyException extends RuntimeException {

    public ServerBusyException(String message) {
        super(message);
    }
}
