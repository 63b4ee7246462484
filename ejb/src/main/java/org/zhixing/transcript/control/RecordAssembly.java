package org.zhixing.transcript.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/** Builds a record from every {@link RecordSource} there is, in their order. */
@ApplicationScoped
public class RecordAssembly {

  @Inject @Any Instance<RecordSource> sources;

  public LearningRecord recordOf(String learner, String name, LearningYear year) {
    return assemble(learner, name, year, sources.stream().toList());
  }

  static LearningRecord assemble(String learner, String name, LearningYear year, List<RecordSource> sources) {
    return new LearningRecord(learner, name, year.year(), sources.stream()
        .sorted(Comparator.comparingInt(RecordSource::order))
        .map(source -> source.section(learner, year.start(), year.end()))
        .toList());
  }
}
