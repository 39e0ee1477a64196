/** What each promotion step does (validation, preflight against the lifecycle table, waiting, results). No Jenkins imports. */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.essesseff.promotion;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
