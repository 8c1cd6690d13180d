package com.example.authstarter.user;

/**
 * Something a feature holds for this browser that already proves an address reaches the person signing up (an
 * invitation link opened from that mailbox): a sign-up with such an address is verified at once, without a
 * second mail.
 */
public interface AddressProof {

    /** Whether this browser has shown that {@code email} reaches the person using it. */
    boolean provenHere(String email);
}
