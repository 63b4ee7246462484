package org.zhixing.content;

/**
 * A lesson of a demo course. {@code kind} is {@code HTML}, {@code VIDEO} or {@code PDF}. An HTML lesson has its
 * {@code bodyHtml} (escaped paragraphs and {@code <h3>} headings, the demo marker first); a media lesson names its
 * {@code file} in {@link CoursePack#media} and its {@code length}: seconds of a video, pages of a PDF.
 */
public record LessonSeed(String title, String kind, String bodyHtml, String file, int length) {}
