/**
 * APA 7 number formatting shared by the figures and every writer ({@link org.metareport.format.Apa}): estimates,
 * p-values, percentages, degrees of freedom and intervals as a manuscript prints them. Takes doubles, gives strings.
 * A leaf: it depends on no other metareport package and must not round anything the results then reuse (numbers are
 * rounded only on their way into text).
 */
package org.metareport.format;
