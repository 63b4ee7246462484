package org.zhixing.policy.control;

import java.util.List;
import org.zhixing.policy.entity.PolicyDocument;

/** A document as its reader sees it: the text as HTML with the reader's query marked, its history and its files. */
public record PolicyDetails(
    PolicyDocument document, String bodyHtml, List<PolicyDocument> supersedes, List<AttachmentInfo> attachments) {}
