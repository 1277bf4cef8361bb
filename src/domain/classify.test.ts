import { describe, expect, it } from 'vitest';
import { roleKind } from './classify.ts';

describe('roleKind: what kind of role a title names', () => {
  it.each([
    ['Co-founder & CEO', 'founder'],
    ['Founder', 'founder'],
    ['Fondatrice', 'founder'],
    ['Mitgründer', 'founder'],
    ['Cofundadora', 'founder'],
    ['Member of the Supervisory Board', 'board'],
    ['Board Member', 'board'],
    ['Non-Executive Director', 'board'],
    ['Vorstandsmitglied', 'board'],
    ['Aufsichtsratsmitglied', 'board'],
    ['Trustee', 'board'],
    ['Advisor', 'advisor'],
    ['Strategic Adviser', 'advisor'],
    ['Beiratsmitglied', 'advisor'],
    ['Volunteer Tutor', 'volunteer'],
    ['Bénévole', 'volunteer'],
    ['Ehrenamtliche Helferin', 'volunteer'],
    ['Postdoctoral Researcher', 'academic'],
    ['Associate Professor of Hydrology', 'academic'],
    ['Principal Investigator', 'academic'],
    ['Maître de conférences', 'academic'],
    ['PhD Student', 'student'],
    ['Étudiante en master', 'student'],
    ['Teaching Assistant', 'student'],
    ['Data Science Intern', 'intern'],
    ['Stagiaire marketing', 'intern'],
    ['Werkstudentin', 'intern'],
    ['Freelance Illustrator', 'freelancer'],
    ['Selbstständige Übersetzerin', 'freelancer'],
    ['Technical Recruiter', 'recruiter'],
    ['Talent Acquisition Partner', 'recruiter'],
    ['APAC Lead - TA', 'recruiter'],
    ['Senior Data Scientist', 'employee'],
    ['International Sales Manager', 'employee'], // "intern" inside a word is not an internship
    ['Chairside Assistant', 'employee'], // nor is "chair" inside one a board seat
    ['Tapas Chef', 'employee'], // "ta" in lower case is not talent acquisition
  ])('%s → %s', (title, kind) => {
    expect(roleKind(title)).toBe(kind);
  });
});
