package com.example.authstarter.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

@WithApp
class MemberDirectoryIT {

    @Autowired
    MemberDirectory directory;

    @Autowired
    UserFixtures testUsers;

    @BeforeEach
    void clean() {
        for (var name : new String[] {"olga", "Paul", "quinn"}) {
            testUsers.create(name);
        }
    }

    @Test
    void members_come_a_slice_at_a_time_in_the_order_asked_for() {
        var firstTwo = directory.members(PageRequest.of(0, 2));
        var rest = directory.members(PageRequest.of(1, 2));
        var byName = directory.members(PageRequest.of(0, 3, Sort.by(Sort.Direction.DESC, User.USERNAME_KEY)));

        assertThat(firstTwo.getContent()).extracting(Member::username).containsExactly("olga", "Paul");
        assertThat(firstTwo.hasNext()).isTrue();
        assertThat(rest.getContent()).extracting(Member::username).containsExactly("quinn");
        assertThat(rest.hasNext()).isFalse();
        assertThat(byName.getContent()).extracting(Member::username).containsExactly("quinn", "Paul", "olga");
    }

    @Test
    void a_member_row_carries_no_email_address() {
        assertThat(Member.class.getRecordComponents())
                .extracting(component -> component.getName())
                .containsExactly("username", "joined");
        assertThat(directory.members(PageRequest.of(0, 10)).getContent())
                .allSatisfy(member -> assertThat(member.toString()).doesNotContain("@"));
    }
}
