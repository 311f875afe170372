/** APA 7 number formatting shared by figures and every writer ({@link org.metareport.format.Apa}). */
package org.metareport.format;
