package org.zhixing.quiz.boundary;

import java.util.List;
import org.zhixing.quiz.entity.Attempt;
import org.zhixing.quiz.entity.Paper;

/** A paper offered to a learner, with their attempts at it so far. */
public record OfferedPaper(Paper paper, List<Attempt> attempts) {}
