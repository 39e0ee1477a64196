/** The build page record of a build's essesseff actions. */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.essesseff.action;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
