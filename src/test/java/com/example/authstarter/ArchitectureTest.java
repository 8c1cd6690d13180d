package com.example.authstarter;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.repository.Repository;

/** Guards the package-by-feature layout that lets a newcomer find things. */
@AnalyzeClasses(
        packagesOf = Application.class,
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotSpringAotGenerated.class})
class ArchitectureTest {

    private static final String ROOT = "com.example.authstarter";

    /** Features (user, security, account, …) may use each other only one way round. */
    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_cycles =
            slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

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
