package com.example.authstarter.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.example.authstarter.audit.SecurityEvent;
import com.example.authstarter.testing.UserFixtures;
import com.example.authstarter.testing.WithApp;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

@WithApp
class UserAdministrationIT {

    @Autowired
    UserAdministration administration;

    @Autowired
    UserFixtures testUsers;

    @Autowired
    UserRepository repository;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AuthenticationManager signIn;

    @BeforeEach
    void setUp() {
        for (var name : new String[] {"Anna", "annika", "bert", "carla"}) {
            testUsers.create(name);
        }
    }

    @Test
    void users_are_found_by_username_or_email_prefix_in_any_case() {
        assertThat(names(administration.search("ANN", PageRequest.of(0, 10)).getContent()))
                .containsExactly("Anna", "annika");
        assertThat(names(
                        administration.search("carla@EX", PageRequest.of(0, 10)).getContent()))
                .containsExactly("carla");
        assertThat(administration.search("nobody", PageRequest.of(0, 10)).getContent())
                .isEmpty();
        assertThat(administration.search("a.*", PageRequest.of(0, 10)).getContent())
                .as("regex characters are literal")
                .isEmpty();
    }

    @Test
    void users_come_a_slice_at_a_time_in_the_order_asked_for() {
        var first = administration.search("", PageRequest.of(0, 3, Sort.by(Sort.Direction.DESC, User.USERNAME_KEY)));
        var second = administration.search("", PageRequest.of(1, 3, Sort.by(Sort.Direction.DESC, User.USERNAME_KEY)));

        assertThat(names(first.getContent())).containsExactly("carla", "bert", "annika");
        assertThat(first.hasNext()).isTrue();
        assertThat(names(second.getContent())).containsExactly("Anna");
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void a_locked_user_cannot_sign_in_until_unlocked() {
        administration.lock("bert", "admin");
        assertThat(testUsers.isLocked("bert")).isTrue();
        assertThatThrownBy(() -> attempt("bert")).isInstanceOf(BadCredentialsException.class);

        administration.unlock("bert", "admin");

        assertThat(attempt("bert").isAuthenticated()).isTrue();
        assertThat(mongo.findAll(SecurityEvent.class))
                .extracting(SecurityEvent::type, SecurityEvent::actor)
                .contains(
                        tuple(SecurityEvent.Type.LOCKED_BY_ADMIN, "admin"),
                        tuple(SecurityEvent.Type.UNLOCKED_BY_ADMIN, "admin"));
    }

    @Test
    void unlocking_also_clears_the_failed_sign_in_count() {
        for (int i = 0; i < 6; i++) {
            int n = i;
            assertThatThrownBy(() -> signIn.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated("bert", "wrong " + n)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("bert")).as("throttled").isInstanceOf(BadCredentialsException.class);

        administration.unlock("bert", "admin");

        assertThat(attempt("bert").isAuthenticated()).isTrue();
    }

    @Test
    void administrators_are_made_and_unmade_but_not_by_themselves() {
        administration.grantAdmin("carla", "root");
        assertThat(roles("carla")).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);

        assertThatThrownBy(() -> administration.revokeAdmin("carla", "Carla"))
                .hasMessage(UserAdministration.CANNOT_DEMOTE_SELF);

        administration.revokeAdmin("carla", "root");
        assertThat(roles("carla")).containsExactly(Role.USER);
    }

    private Authentication attempt(String name) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, UserFixtures.PASSWORD));
    }

    private Set<Role> roles(String name) {
        return repository.findByUsernameKey(name).orElseThrow().roles();
    }

    private static List<String> names(List<UserSummary> rows) {
        return rows.stream().map(UserSummary::username).toList();
    }
}
