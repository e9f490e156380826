/**
 * The tester's kit: generators, a plain-Java reference scorer and the property suite ({@code RuleSetProperties})
 * over a national edition or a province pack. jqwik's engine calls the properties reflectively, so the package is
 * open.
 */
module vn.ocop.testkit {
    requires transitive vn.ocop.core;
    requires transitive net.jqwik.api;

    exports vn.ocop.testkit;

    opens vn.ocop.testkit;
}
