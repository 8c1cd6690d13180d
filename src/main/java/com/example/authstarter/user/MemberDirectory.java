package com.example.authstarter.user;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;

/** The members list every signed-in person sees: names and when they joined, never anyone's email. */
@Service
public class MemberDirectory {

    private final UserRepository users;

    MemberDirectory(UserRepository users) {
        this.users = users;
    }

    /**
     * One slice of members, oldest first unless the page asks for {@link User#USERNAME_KEY} or
     * {@link User#CREATED_AT} order. A slice, not a page: counting a large collection on every scroll would
     * cost more than reading the rows.
     */
    public Slice<Member> members(Pageable pageable) {
        return users.slice(pageable).map(Member::of);
    }
}
