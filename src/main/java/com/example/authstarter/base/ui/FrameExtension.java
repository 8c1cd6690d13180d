package com.example.authstarter.base.ui;

/**
 * A part a feature adds to the frame around the signed-in views (the organization switcher), so the frame knows
 * no feature and a feature is taken out with its package.
 */
public interface FrameExtension {

    /** Adds this feature's part to {@code frame} as the frame is made for a signed-in person. */
    void extend(MainLayout frame);
}
