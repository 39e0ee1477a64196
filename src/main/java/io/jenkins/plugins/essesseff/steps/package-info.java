/** Pipeline steps and freestyle builders: thin adapters from Jenkins parameters to one promotion operation. */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.essesseff.steps;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
