package com.example.authstarter.signinlink;

import com.example.authstarter.signin.SecondStep;
import com.example.authstarter.signin.SecondStepRequiredException;
import com.example.authstarter.signin.SignInChecks;
import com.example.authstarter.user.AccountCredentials;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.ott.InvalidOneTimeTokenException;
import org.springframework.security.authentication.ott.OneTimeTokenAuthentication;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs in with a link from a mail. Unlike Spring's own provider it checks the account's status: a locked
 * account is not let in by a link. Opening the link proves the address it was sent to, so that address counts
 * as verified from then on. A link proves the mailbox, not the phone: with a second step on, it still follows.
 */
@Component
class SignInLinkCheck {

    private final SignInLinkTokens tokens;
    private final AccountCredentials accounts;
    private final ObjectProvider<SecondStep> secondStep;

    SignInLinkCheck(SignInLinkTokens tokens, AccountCredentials accounts, ObjectProvider<SecondStep> secondStep) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.secondStep = secondStep;
    }

    Authentication signIn(OneTimeTokenAuthenticationToken attempt) {
        var link = tokens.consume(attempt);
        if (link == null) {
            throw new InvalidOneTimeTokenException("The link has expired or was used");
        }
        if (link.email() != null) {
            accounts.emailProven(link.getUsername(), link.email());
        }
        var account = SignInChecks.allowedIn(accounts, link.getUsername());
        var second = secondStep.getIfAvailable();
        if (second != null && second.isRequired(account.getUsername())) {
            throw new SecondStepRequiredException(account.getUsername());
        }
        var signedIn = new OneTimeTokenAuthentication(
                account, SignInChecks.authorities(account, FactorGrantedAuthority.OTT_AUTHORITY));
        signedIn.setDetails(attempt.getDetails());
        return signedIn;
    }
}
