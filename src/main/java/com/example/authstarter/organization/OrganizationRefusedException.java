package com.example.authstarter.organization;

import com.example.authstarter.base.Problem;

/** A change to an organization that its rules refuse, with the reason to show (the last owner, a role too low). */
public class OrganizationRefusedException extends RuntimeException {

    private final transient Problem problem;

    OrganizationRefusedException(Problem problem) {
        super(problem.key(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
