using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using StepFlow.Asl.Validation;
using StepFlow.Tests.Shared;
using StepFlow.Validation.Tests.Support;
using Xunit;

namespace StepFlow.Validation.Tests;

/// <summary>
/// The catalogue rows added last (shadowed handlers and Choice rules, NO_DOLLAR, NO_PATH, PASS_RESULT_IS_STATIC,
/// Map Label characters, reader/writer settings, QueryLanguage in item processors, unquoted filter words) against real definitions: no error
/// on anything AWS accepted, and on the real-world corpus exactly the warnings that were reviewed and found right.
/// </summary>
public sealed class ReviewedFindingsTests
{
    private static readonly HashSet<string> Ids = new(StringComparer.Ordinal) { "SF3018", "SF3027", "SF4009", "SF5020", "SF5021", "SF5022", "SF5023", "SF7006", "SF7007" };

    /// <summary>
    /// sfn-log-export passes the literal text "$.exportLogGroupResult.taskId" to its Lambda (the key lacks ".$"),
    /// a real bug AWS also warns about (NO_DOLLAR). app-dataquality, parallel-translate and textract-analyze-expense
    /// compare filter fields with unquoted words (==Failure, ==es, ==AMOUNT_PAID), which Jayway reads as numbers and
    /// cannot parse when the state runs (SF5023, from Jayway's filter compiler; no recording covers it).
    /// </summary>
    private static readonly string[] ReviewedCorpusWarnings =
    {
        "aws-stepfunctions-examples__sam__app-dataquality-using-lambda__statemachine__dataquality.asl.json SF5023 $.States.FilterFailures.InputPath",
        "serverless-patterns__sfn-log-export__src__statemachine__stateMachine.asl.json SF5020 $.States.ExportLogGroups.Iterator.States.QueryExportStatus.Parameters.taskId",
        "step-functions-workflows-collection__parallel-translate__statemachine__statemachine.asl.json SF5023 $.States['Parse to Put Obj'].Parameters['toSpanish.$']",
        "step-functions-workflows-collection__parallel-translate__statemachine__statemachine.asl.json SF5023 $.States['Parse to Put Obj'].Parameters['toFrench.$']",
        "step-functions-workflows-collection__parallel-translate__statemachine__statemachine.asl.json SF5023 $.States['Parse to Put Obj'].Parameters['toJapanese.$']",
        "step-functions-workflows-collection__textract-analyze-expense-tf__statemachine__statemachine.asl.json SF5023 $.States.DetectLabels.ResultSelector['receipt.$']",
        "step-functions-workflows-collection__textract-analyze-expense-tf__statemachine__statemachine.asl.json SF5023 $.States.AnalyzeExpense.ResultSelector['amountPaid.$']",
        "step-functions-workflows-collection__textract-analyze-expense-tf__statemachine__statemachine.asl.json SF5023 $.States.AnalyzeExpense.ResultSelector['invoiceDate.$']",
        "step-functions-workflows-collection__textract-analyze-expense-tf__statemachine__statemachine.asl.json SF5023 $.States.AnalyzeExpense.ResultSelector['vendorName.$']",
    };

    [Fact]
    public void Real_world_definitions_get_only_the_reviewed_warnings_and_no_errors()
    {
        var found = new List<string>();
        foreach (var file in Corpus.Files.Where(f => !Corpus.IsDefective(Path.GetFileName(f))))
        {
            foreach (var finding in AslCheck.Validate(File.ReadAllText(file)).Where(f => Ids.Contains(f.Rule.Id)))
            {
                found.Add(Path.GetFileName(file) + " " + finding.Rule.Id + " " + finding.JsonPath + (finding.Severity == AslSeverity.Error ? " (error)" : string.Empty));
            }
        }

        Assert.Equal(ReviewedCorpusWarnings, found);
    }

    [Fact]
    public void Definitions_AWS_accepted_get_no_error_from_these_rules()
    {
        var conformance = Path.GetFullPath(Path.Combine(Corpus.Directory, "..", "..", "..", "conformance"));
        var files = Directory.GetFiles(conformance, "definition.asl.json", SearchOption.AllDirectories);
        Assert.True(files.Length >= 700, "expected the recorded AWS cases under " + conformance + ", found " + files.Length);

        var errors = new List<string>();
        foreach (var file in files)
        {
            foreach (var finding in AslCheck.Validate(File.ReadAllText(file)).Where(f => Ids.Contains(f.Rule.Id) && f.Severity == AslSeverity.Error))
            {
                errors.Add(Path.GetFileName(Path.GetDirectoryName(file)) + " " + finding.Rule.Id + " " + finding.JsonPath + ": " + finding.Message);
            }
        }

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
