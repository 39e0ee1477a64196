/** The global configuration page and the credentials lookup. */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.essesseff.config;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
