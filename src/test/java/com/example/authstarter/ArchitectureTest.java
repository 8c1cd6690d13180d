package com.example.authstarter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.repository.Repository;

/** Guards the package-by-feature layout that lets a newcomer find things. */
@AnalyzeClasses(packagesOf = Application.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Every package on its own: a feature's ui package may use shared ui parts in base.ui, never the reverse. */
    @ArchTest
    static final ArchRule packages_do_not_depend_on_each_other_in_cycles =
            slices().matching("com.example.authstarter.(**)").should().beFreeOfCycles();

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
}
