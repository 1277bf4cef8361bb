// Academic degrees, as pages print them in place of a job title
// ("PhD (Geography), Some University"). A degree is education, not a position.
export const DEGREE =
  /^(?:ph\.? ?d\.?|d\.? ?phil\.?|m\.? ?sc?\.?|b\.? ?sc?\.?|m\.?a\.?|b\.?a\.?|mba|m\.?eng\.?|b\.?eng\.?|md|llm|llb|dr\.?|diplom|master|bachelor|doctorate)$/i;
