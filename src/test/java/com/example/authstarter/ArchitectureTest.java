package com.example.authstarter;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.repository.Repository;

/** Guards the package-by-feature layout that lets a newcomer find things. */
@AnalyzeClasses(
        packagesOf = Application.class,
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotSpringAotGenerated.class})
class ArchitectureTest {

    private static final String ROOT = "com.example.authstarter";

    /** Features (user, signin, account, …) may use each other only one way round. */
    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_cycles =
            slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    /**
     * Which features each feature may use, from the bottom up: what every feature shares, the parts it is built
     * on, accounts, the throttle and sessions, signing in, and the features built on signing in. Nothing uses
     * the features the README lets you take out (passkeys, sign-in links, two-step sign-in, administration, other
     * providers; organizations only your own features, such as the notes example):
     * they plug into the others (a part of the security chain, a section of the account page, a way to confirm
     * it is you, a way in on the sign-in page).
     */
    static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("base", Set.of()),
            Map.entry("database", Set.of("base")),
            Map.entry("tls", Set.of("base")),
            Map.entry("mail", Set.of("base")),
            Map.entry("outbox", Set.of("base")),
            Map.entry("token", Set.of("base")),
            Map.entry("audit", Set.of("base")),
            Map.entry("password", Set.of("base")),
            Map.entry("user", Set.of("base", "audit", "mail", "outbox", "password", "token")),
            Map.entry("throttle", Set.of("base", "audit", "user")),
            Map.entry("sessions", Set.of("base", "audit", "user")),
            Map.entry("signin", Set.of("base", "user", "throttle", "sessions")),
            Map.entry("reauth", Set.of("base", "user", "throttle", "signin")),
            Map.entry("account", Set.of("base", "audit", "password", "user", "sessions", "reauth")),
            Map.entry("signinlink", Set.of("base", "outbox", "token", "user", "signin")),
            Map.entry("twostep", Set.of("base", "audit", "user", "throttle", "signin", "reauth", "account")),
            Map.entry("passkey", Set.of("base", "audit", "user", "signin", "reauth", "account")),
            Map.entry("admin", Set.of("base", "audit", "user", "sessions", "signin", "reauth")),
            Map.entry("external", Set.of("base", "audit", "user", "signin", "reauth", "account")),
            Map.entry("organization", Set.of("base", "audit", "outbox", "mail", "token", "user", "signin")),
            Map.entry("notes", Set.of("base", "organization")));

    @ArchTest
    static void each_feature_uses_only_the_features_it_may(JavaClasses classes) {
        var features = classes.stream()
                .map(type -> type.getPackageName())
                .filter(name -> name.startsWith(ROOT + "."))
                .map(name -> name.substring(ROOT.length() + 1).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(MAY_USE.keySet()).as("every feature has its line here").containsAll(features);
        for (var feature : features) {
            var others = features.stream()
                    .filter(other ->
                            !other.equals(feature) && !MAY_USE.get(feature).contains(other))
                    .map(other -> ROOT + "." + other + "..")
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage(ROOT + "." + feature + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others)
                    .as(feature + " uses only " + MAY_USE.get(feature))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    /** base holds what every feature shares; it knows none of them, so any feature can be deleted. */
    @ArchTest
    static final ArchRule base_depends_on_no_feature = classes()
            .that()
            .resideInAPackage(ROOT + ".base..")
            .should()
            .onlyDependOnClassesThat(resideInAPackage(ROOT + ".base..").or(resideOutsideOfPackage(ROOT + "..")));

    /** The README tells an app it may delete these folders in one step; nothing else may need them. */
    @ArchTest
    static final ArchRule the_embedded_database_and_the_self_signed_certificate_can_be_deleted = noClasses()
            .that()
            .resideOutsideOfPackages(ROOT + ".database.embedded..", ROOT + ".tls..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ROOT + ".database.embedded..", ROOT + ".tls..");

    /** Views talk to their feature's service; storage stays behind it. */
    @ArchTest
    static final ArchRule views_touch_no_repository_or_mongo_template = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat(assignableTo(Repository.class).or(assignableTo(MongoOperations.class)));

    /** Package-private, so only the feature's own service reaches its data; others go through the service. */
    @ArchTest
    static final ArchRule repositories_stay_inside_their_feature = classes()
            .that()
            .areInterfaces()
            .and()
            .areAssignableTo(Repository.class)
            .should()
            .notBePublic();

    /**
     * Long parameter lists hide collaborators that belong in beans of their own. A stored document's record is
     * the exception: one component per field it stores.
     */
    @ArchTest
    static final ArchRule no_method_or_constructor_takes_more_than_eight_parameters = codeUnits()
            .that()
            .areDeclaredInClassesThat(not(JavaClass.Predicates.assignableTo(Record.class)))
            .should(new ArchCondition<JavaCodeUnit>("take at most 8 parameters") {
                @Override
                public void check(JavaCodeUnit unit, ConditionEvents events) {
                    int count = unit.getRawParameterTypes().size();
                    if (count > 8 && !unit.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                        events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " takes " + count));
                    }
                }
            });

    @ArchTest
    static final ArchRule no_field_injection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    /** Settings are records with their defaults written once, never scattered {@code @Value} lookups. */
    @ArchTest
    static final ArchRule settings_come_from_records_not_value_annotations =
            noClasses().should().dependOnClassesThat().belongToAnyOf(Value.class);

    @ArchTest
    static final ArchRule no_generic_exceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    /** Access is denied unless a view says otherwise; this keeps every view saying it, on purpose. */
    @ArchTest
    static final ArchRule every_route_declares_who_may_open_it = classes()
            .that()
            .areAnnotatedWith(Route.class)
            .should()
            .beAnnotatedWith(AnonymousAllowed.class)
            .orShould()
            .beAnnotatedWith(PermitAll.class)
            .orShould()
            .beAnnotatedWith(RolesAllowed.class)
            .orShould()
            .beAnnotatedWith(DenyAll.class);

    @ArchTest
    static final ArchRule views_live_in_ui_packages =
            classes().that().haveSimpleNameEndingWith("View").should().resideInAPackage("..ui..");

    /**
     * Leaves out what Spring AOT generates into target/classes in the production build (names with "__"): it
     * wires every bean of every package by construction, which is no dependency of the code.
     */
    static final class NotSpringAotGenerated implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("__");
        }
    }
}
