namespace StepFlow.Ports.Tests.Workflows;

/// <summary>
/// Port of step-functions-workflows-collection/account-vending-machine (statemachine/statemachine.asl.json): creates
/// an AWS account in an organizational unit (reusing the OU when it exists) and deploys a stack into it through
/// AWS SDK integrations only.
/// </summary>
[StateMachine(Comment = "A description of my state machine")]
public partial class AccountVendingMachineWorkflow
{
    [Task(
        Name = "Get Organization Root",
        StartAt = true,
        Resource = "arn:aws:states:::aws-sdk:organizations:listRoots",
        Parameters = "{}",
        ResultPath = "$.data.rootOU",
        Next = nameof(CreateOrganizationalUnit))]
    partial void GetOrganizationRoot();

    // An existing OU is not an error: look it up instead, keeping the input as it was.
    [Task(
        Name = "Create New Organizational Unit",
        Resource = "arn:aws:states:::aws-sdk:organizations:createOrganizationalUnit",
        Parameters = """{ "Name.$": "$.OU", "ParentId.$": "$.data.rootOU.Roots[0].Id" }""",
        ResultPath = "$.result.newOU",
        Next = nameof(CreateAccount))]
    [Catch("Organizations.DuplicateOrganizationalUnitException", Next = nameof(ListOrganizationalUnits), ResultPath = null, Comment = "OU Exists")]
    partial void CreateOrganizationalUnit();

    [Task(
        Name = "Create New Account",
        Resource = "arn:aws:states:::aws-sdk:organizations:createAccount",
        Parameters = """{ "AccountName.$": "$.AccountName", "Email.$": "$.AccountEmail" }""",
        ResultPath = "$.result.NewAccount",
        Next = nameof(WaitForAccount))]
    partial void CreateAccount();

    [Wait(Name = "Wait 30 Sec", Seconds = 30, Next = nameof(NewAccountStatus))]
    partial void WaitForAccount();

    [Task(
        Name = "New Account Status",
        Resource = "arn:aws:states:::aws-sdk:organizations:describeCreateAccountStatus",
        Parameters = """{ "CreateAccountRequestId.$": "$.result.NewAccount.CreateAccountStatus.Id" }""",
        ResultPath = "$.result.NewAccount",
        Next = nameof(CheckAccountStatus))]
    partial void NewAccountStatus();

    [Choice(Name = "Check Account Status", Default = nameof(MoveAccountToOu))]
    [When("$.result.NewAccount.CreateAccountStatus.State", StringEquals = "IN_PROGRESS", Next = nameof(WaitForAccount))]
    [When("$.result.NewAccount.CreateAccountStatus.State", StringEquals = "FAILED", Next = nameof(Failed))]
    partial void CheckAccountStatus();

    [Task(
        Name = "Move Account To OU",
        Resource = "arn:aws:states:::aws-sdk:organizations:moveAccount",
        Parameters = """
        {
          "AccountId.$": "$.result.NewAccount.CreateAccountStatus.AccountId",
          "DestinationParentId.$": "$.result.newOU.OrganizationalUnit.Id",
          "SourceParentId.$": "$.data.rootOU.Roots[0].Id"
        }
        """,
        ResultPath = "$.result.MoveAccount",
        Next = nameof(NewAccountCredentials))]
    partial void MoveAccountToOu();

    [Pass(
        Name = "New Account Credentials",
        Parameters = """{ "Credentials.$": "States.Format('arn:aws:iam::{}:role/OrganizationAccountAccessRole',$.result.NewAccount.CreateAccountStatus.AccountId)" }""",
        ResultPath = "$.result",
        Next = nameof(CreateStack))]
    partial void NewAccountCredentials();

    // Runs in the new account: Step Functions assumes the role computed above.
    [Task(
        Name = "Create Stack",
        Resource = "arn:aws:states:::aws-sdk:cloudformation:createStack",
        Parameters = """{ "StackName.$": "$.StackName", "TemplateBody.$": "$.TemplateBody" }""",
        ResultPath = "$.result.CreateStack",
        Credentials = """{ "RoleArn.$": "$.result.Credentials" }""",
        End = true)]
    partial void CreateStack();

    [Task(
        Name = "List Organizational Units",
        Resource = "arn:aws:states:::aws-sdk:organizations:listOrganizationalUnitsForParent",
        Parameters = """{ "ParentId.$": "$.data.rootOU.Roots[0].Id" }""",
        ResultPath = "$.data.existingOUs",
        Next = nameof(LoopOverOus))]
    partial void ListOrganizationalUnits();

    // Marks the wanted OU with 1 and the others with 0, then keeps the marked one.
    [Map(
        Name = "Loop over all OUs",
        ItemProcessor = typeof(FindOu),
        ItemsPath = "$.data.existingOUs.OrganizationalUnits",
        ItemSelector = """{ "OrganizationalUnit.$": "$$.Map.Item.Value", "OU.$": "$.OU" }""",
        ResultSelector = """{ "newOU.$": "$.[?(@.OU > 0)]" }""",
        ResultPath = "$.targetOU",
        Next = nameof(GetOuDetails))]
    partial void LoopOverOus();

    [Pass(
        Name = "Get The OU Details",
        Parameters = """{ "newOU.$": "$.targetOU.newOU[0]" }""",
        ResultPath = "$.result",
        Next = nameof(CreateAccount))]
    partial void GetOuDetails();

    [Fail]
    partial void Failed();

    [ItemProcessor(Mode = MapMode.Inline)]
    public partial class FindOu
    {
        [Choice(Name = "Is this the OU?", StartAt = true, Default = nameof(Ignore))]
        [When("$.OrganizationalUnit.Name", StringEqualsPath = "$.OU", Next = nameof(GetOuId))]
        partial void IsThisTheOu();

        [Pass(Name = "Get OU ID", Result = "1", ResultPath = "$.OU", End = true)]
        partial void GetOuId();

        [Pass(Result = "0", ResultPath = "$.OU", End = true)]
        partial void Ignore();
    }
}
