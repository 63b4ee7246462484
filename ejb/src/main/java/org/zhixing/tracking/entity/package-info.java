/**
 * Learning progress: what each learner watched and read of each lesson, merged into compact interval sets, where they
 * left off, the presence checks that keep the clock honest (防挂机), and the credit hours (学时) a completed course
 * earns.
 */
package org.zhixing.tracking.entity;
