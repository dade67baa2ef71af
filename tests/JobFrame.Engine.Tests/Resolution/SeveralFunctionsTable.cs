using JobFrame.Engine.Resolution;

namespace JobFrame.Engine.Tests.Resolution;

/// <summary>
/// Managers' phrasings against the test canon of several functions (tests/canons/several-functions): the expected
/// state, the profile (the match when confident, the first candidate when it needs review, the first closest profile or
/// null when there is no match), and the level the title surely names (null when none).
/// </summary>
public static class SeveralFunctionsTable
{
    private const string SoftwareP2 = "SWENGR.SOFTWARE0001.P2";
    private const string SoftwareP3 = "SWENGR.SOFTWARE0001.P3";
    private const string SoftwareP4 = "SWENGR.SOFTWARE0001.P4";
    private const string AccountingP3 = "FINANC.ACCOUNT0001.P3";
    private const string EngineeringManagerM1 = "ENGMGT.MANAGER0001.M1";
    private const string EngineeringManagerM2 = "ENGMGT.MANAGER0001.M2";
    private const string ProjectManagementManager = "PRJMGT.GEN.P4";
    private const string SalesManager = "SALESM.GEN.P4";
    private const string SeniorManagerRole = "PRJMGT.SNR.P5";
    private const string ProjectManager = "PRJMGT.PRJ.P4";
    private const string ProgramManager = "PRGMGT.GEN.P2";
    private const string RenewableManager = "RENEWE.COM.P4";
    private const string OperationsManager = "OPSMGT.GEN.M2";
    private const ResolutionState Confident = ResolutionState.Confident;
    private const ResolutionState Review = ResolutionState.NeedsReview;
    private const ResolutionState None = ResolutionState.NoMatch;

    public static TheoryData<string, ResolutionState, string?, string?> Queries => new()
    {
        // Families on the P track, through the organisation's own family words.
        { "Senior Software Engineer", Confident, SoftwareP4, "P4" },
        { "Sr. Software Engineer", Confident, SoftwareP4, "P4" },
        { "Software Engineer II", Confident, SoftwareP2, "P2" },
        { "software engineer p3", Confident, SoftwareP3, "P3" },
        { "Mid-Level Software Engineer", Confident, SoftwareP3, "P3" },
        { "Software Engineer", Review, SoftwareP2, null },
        { "Lead Software Engineer", Review, SoftwareP4, null },
        { "Accountant P3", Confident, AccountingP3, "P3" },
        { "Mid-level Accountant", Confident, AccountingP3, "P3" },
        { "Senior Accountant", None, null, "P4" },
        { "Accountant M2", None, null, "M2" },

        // A family on the M track: its levels are M1 and M2, never P1 or P2.
        { "Engineering Manager M2", Confident, EngineeringManagerM2, "M2" },
        { "M1 Engineering Manager", Confident, EngineeringManagerM1, "M1" },
        { "Engineering Manager", Review, EngineeringManagerM1, null },
        { "Engineering Manager P2", None, null, "P2" },
        { "Engineering Manager II", None, null, null },
        { "Engineering Manager M3", None, null, "M3" },
        { "ENGMGT.MANAGER0001.M2", Confident, EngineeringManagerM2, "M2" },

        // One title, two functions: candidates, unless the canon's own function name picks one.
        { "Manager", Review, ProjectManagementManager, null },
        { "manager", Review, ProjectManagementManager, null },
        { "Sales Manager", Confident, SalesManager, "P4" },
        { "Project Management Manager", Confident, ProjectManagementManager, "P4" },
        { "Account Manager", Review, ProjectManagementManager, null },
        { "Store Manager", Review, ProjectManagementManager, null },
        { "Product Manager", Review, ProjectManagementManager, null },
        { "Assistant Manager", Review, ProjectManagementManager, null },
        { "Lead Manager", Review, ProjectManagementManager, null },
        { "Manager P4", Review, ProjectManagementManager, "P4" },
        { "Manager M2", None, null, "M2" },
        { "Manager II", Review, EngineeringManagerM2, "M2" },

        // A role titled like a level name: the role and the level M3 are both canon, so a person chooses.
        { "Senior Manager", Review, SeniorManagerRole, null },
        { "senior manager", Review, SeniorManagerRole, null },
        { "Project Management Senior Manager", Confident, SeniorManagerRole, "P5" },
        { "PRJMGT.SNR.P5", Confident, SeniorManagerRole, "P5" },

        // Roles without aliases, answered by their canon titles; level words agree or ask.
        { "Project Manager", Confident, ProjectManager, "P4" },
        { "Senior Project Manager", Confident, ProjectManager, "P4" },
        { "Junior Project Manager", Review, ProjectManager, null },
        { "Project Manager P3", Review, ProjectManager, null },
        { "Program Manager", Confident, ProgramManager, "P2" },
        { "Program Manager II", Confident, ProgramManager, "P2" },
        { "Renewable Energy Commercial Manager", Confident, RenewableManager, "P4" },
        { "renewable energy commercial manager", Confident, RenewableManager, "P4" },
        { "Renewable Energy Commercial Manager (Offshore)", Review, RenewableManager, "P4" },
        { "Operations Manager", Confident, OperationsManager, "M2" },
        { "Operations Manager M2", Confident, OperationsManager, "M2" },
        { "Operations Manager P2", Review, OperationsManager, null },

        // Every word nothing explains keeps a title out of confident.
        { "Senior Software Engineer Consultant", Review, SoftwareP4, "P4" },
        { "Project Manager (Construction)", Review, ProjectManager, "P4" },
        { "Engineering Project Manager", Review, ProjectManager, "P4" },

        // Level codes are exact; an unknown code is no match, never another track's level.
        { "M2", Review, EngineeringManagerM2, "M2" },
        { "P2", Review, SoftwareP2, "P2" },
        { "L3 Software Engineer", None, null, null },
        { "Q3 Software Engineer", None, null, null },
        { "S2 Software Engineer", None, null, "S2" },
        { "E2", None, null, "E2" },
        { "Vice President", None, null, null },

        // A level with no covered role: the level alone (the engine's level-only answer), never a role's goals.
        { "Staff Software Engineer", None, null, "P7" },
        { "Principal Software Engineer", None, null, "P6" },
        { "Director of Sales Engineering", None, null, "M4" },
        { "Senior Data Scientist", None, null, "P4" },
        { "Pastry Chef", None, null, null },
    };
}
