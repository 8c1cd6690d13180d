package com.example.authstarter.base;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What was asked for is not there for this person: it does not exist, or it belongs to others (another
 * organization's page, member or document). Both are answered alike — "not found", a 404 over HTTP — so that
 * nobody learns what others have by guessing names or ids.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NothingHereException extends RuntimeException {

    public NothingHereException() {
        super("Not found", null, false, false);
    }
}
