package detente.nlp;

import detente.pipeline.Stage;

/** An NLP stage that can read in depth only the sentences a {@link CandidateFilter} keeps. */
public interface SelectiveParser extends Stage {

    /** The same stage (sharing its models), parsing only what {@code candidates} keeps. */
    Stage selecting(CandidateFilter candidates);
}
