package com.example.authstarter.base.ui;

import com.vaadin.flow.dom.Element;

/**
 * A plain HTML form that the browser posts itself, with the request's CSRF token: for pages whose answer
 * is a Spring Security endpoint (the sign-in link's button, the second step's code) rather than a Vaadin
 * round trip.
 */
public final class PostForm {

    private PostForm() {}

    /** A {@code <form method="post">} to {@code action}, carrying the CSRF token of the current request. */
    public static Element to(String action) {
        var post = new Element("form");
        post.setAttribute("method", "post");
        post.setAttribute("action", action);
        CsrfTokens.current().ifPresent(csrf -> post.appendChild(hidden(csrf.getParameterName(), csrf.getToken())));
        return post;
    }

    public static Element hidden(String name, String value) {
        var input = new Element("input");
        input.setAttribute("type", "hidden");
        input.setAttribute("name", name);
        input.setAttribute("value", value);
        return input;
    }
}
