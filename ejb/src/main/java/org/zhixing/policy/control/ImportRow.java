package org.zhixing.policy.control;

import org.zhixing.policy.entity.PolicyMetadata;

/** A row of the metadata sheet that passed every check, with its file and extracted text, ready to be stored. */
record ImportRow(int row, PolicyMetadata metadata, String docNumberKey, Upload file, DocumentTextExtractor.ExtractedText text) {}
