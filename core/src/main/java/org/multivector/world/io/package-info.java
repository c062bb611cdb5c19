/**
 * Reading datasets: tidy CSV figures plus a YAML manifest, through one validator that reports every
 * problem with file, line, column and the rule broken, and keeps nothing when any is found.
 */
package org.multivector.world.io;
