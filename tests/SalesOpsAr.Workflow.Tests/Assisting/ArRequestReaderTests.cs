using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Tests.Reconciling;

namespace SalesOpsAr.Workflow.Tests.Assisting;

/// <summary>Who an AR is for and what it asks per system, from the text people write.</summary>
public sealed class ArRequestReaderTests
{
    private static readonly ArRequestReader Reader = new(Ars.Settings);

    [Fact]
    public void ABulkTable_IsOnePersonPerRow_WithTheirEmailsInOneLine()
    {
        var request = Reader.Read(Runbooks.TwoPeopleChorusAndDataFox, "Two SDRs, Chorus and DataFox");

        Assert.Equal(["Jane Doe", "John Roe"], request.People.Select(p => p.Name));
        Assert.Equal("jane.doe@example.com, john.roe@example.com", request.EmailLine);
        Assert.Equal("Sales Development Rep", request.Roles);
        Assert.All(request.People, p => Assert.Equal("EMEA", p.Region));
    }

    [Fact]
    public void SystemsAsked_AreThoseSalesOpsTasksName_InTheConfiguredOrder()
    {
        var request = Reader.Read(Runbooks.TwoPeopleChorusAndDataFox, null);

        Assert.Equal(["Chorus", "DataFox"], request.Systems);
        Assert.Equal(["Chorus: recorder seat"], request.Asks["Chorus"]);
    }

    [Fact]
    public void AnotherTeamsTaskNamingASystem_DoesNotAskForIt()
    {
        var request = Reader.Read("""
            #### IT to-do:
            * [ ] Okta: add the Salesforce SSO tile

            #### Sales Ops to-do:
            * [ ] Chorus: seat
            """, null);

        Assert.Equal(["Chorus"], request.Systems);
    }

    [Fact]
    public void AFormOfKeyValueLines_IsOnePerson_BoldOrListed()
    {
        var request = Reader.Read("""
            * **Name:** Ada Lovelace
            * **Email:** ada@example.com
            - Job title: Account Executive
            __Team__: Commercial West

            * [ ] Salesforce: AE profile
            """, null);

        var ada = Assert.Single(request.People);
        Assert.Equal(new Person { Name = "Ada Lovelace", Email = "ada@example.com", Role = "Account Executive", Team = "Commercial West" }, ada);
    }

    [Fact]
    public void ASecondEmailLineInTheForm_IsASecondPerson_NotDropped()
    {
        var request = Reader.Read("""
            Name: Ada Lovelace
            Email: ada@example.com
            Email: grace@example.com
            Role: Account Executive

            * [ ] Salesforce: AE profile
            """, null);

        Assert.Equal(["ada@example.com", "grace@example.com"], request.People.Select(p => p.Email));
        Assert.Equal("ada@example.com, grace@example.com", request.EmailLine);
        Assert.Equal("Ada Lovelace", request.People[0].Name);
    }

    [Fact]
    public void ASystemsSection_EndsAtTheNextHeading_EvenOneNamingNoSystem()
    {
        var request = Reader.Read("""
            #### Chorus
            Role: Recorder

            #### About the new hire
            Role: Account Executive
            Name: Ada Lovelace
            """, null);

        Assert.Equal("Recorder", request.ValueFor("Chorus", "Role").Value);
        var ada = Assert.Single(request.People);
        Assert.Equal("Account Executive", ada.Role);
        Assert.Equal("Ada Lovelace", ada.Name);
    }

    [Fact]
    public void ValuesUnderASystemsHeading_AreThatSystems_AndSoIsAPrefixedKey()
    {
        var request = Reader.Read("""
            Role: Account Executive

            #### Chorus
            Role: Recorder
            Team: EMEA Commercial

            DataFox Status: Admin
            """, null);

        Assert.Equal("Recorder", request.ValueFor("Chorus", "Role").Value);
        Assert.Equal("EMEA Commercial", request.ValueFor("Chorus", "Team").Value);
        Assert.Equal("Admin", request.ValueFor("DataFox", "status").Value);
        Assert.Equal(new RunbookValue("Account Executive", RunbookValueSource.People), request.ValueFor("Salesforce", "Role"));
    }

    [Fact]
    public void AValueTheArDoesNotGive_IsTheRunbooksDefault_ElseMissing()
    {
        var request = Reader.Read("* [ ] DataFox: invite", null);
        var defaults = new Dictionary<string, string> { ["Status"] = "Member" };

        Assert.Equal(new RunbookValue("Member", RunbookValueSource.Default), request.ValueFor("DataFox", "Status", defaults));
        Assert.True(request.ValueFor("Chorus", "License Type").IsMissing);
    }

    [Fact]
    public void PeopleListedByAddress_AreNamedByTheTextBeforeIt()
    {
        var request = Reader.Read("""
            Please provision:
            - Grace Hopper <grace@example.com>
            - alan.turing@example.com
            - Grace again: grace@example.com
            """, null);

        Assert.Equal(["grace@example.com", "alan.turing@example.com"], request.People.Select(p => p.Email));
        Assert.Equal("Grace Hopper", request.People[0].Name);
        Assert.Null(request.People[1].Name);
    }

    [Fact]
    public void TheUsualTitle_NamesThePersonAndTheirRole_WhenTheTextDoesNot()
    {
        var request = Reader.Read("* [ ] SFDC: profile", "Jane Doe, Salesforce, Account Executive");

        var jane = Assert.Single(request.People);
        Assert.Equal(("Jane Doe", "Account Executive"), (jane.Name, jane.Role));
    }

    [Fact]
    public void ATitleWithoutTheUsualParts_NamesNobody()
    {
        Assert.Empty(Reader.Read("* [ ] SFDC: profile", "Please give me Salesforce").People);
        Assert.Empty(Reader.Read(null, null).People);
    }

    [Fact]
    public void WhatAllTheRowsShare_CanBeSaidOnceAboveTheTable()
    {
        var request = Reader.Read("""
            Role: Solutions Architect

            | Name | E-mail |
            |---|---|
            | A One | a1@example.com |
            | B Two | b2@example.com |
            """, null);

        Assert.All(request.People, p => Assert.Equal("Solutions Architect", p.Role));
    }

    [Theory]
    [InlineData("see https://example.com/x: the form")]
    [InlineData("This sentence has many words before its colon: x")]
    [InlineData("Name:")]
    public void LinesThatAreNotKeyValues_GiveNoValue(string line)
    {
        var request = Reader.Read(line, null);

        Assert.Empty(request.Values);
        Assert.Empty(request.People);
    }

    [Fact]
    public void ThousandsOfPeople_AreReadOnceEach()
    {
        var rows = string.Concat(Enumerable.Range(0, 3_000).Select(i => $"| P{i} | p{i}@example.com |\n"));

        var request = Reader.Read("| Name | Email |\n|---|---|\n" + rows + rows, null);

        Assert.Equal(3_000, request.People.Count);
        Assert.Equal(3_000, request.EmailCount);
        Assert.Equal(ArRequest.MaxEmailsInLine, request.EmailLine.Split(", ").Length);
    }

    [Fact]
    public void BeyondTheMostPeopleAnArIsReadFor_TheRestIsLeftInTheAr()
    {
        var addresses = string.Concat(Enumerable.Range(0, ArRequestReader.MaxPeople + 10).Select(i => $"p{i}@example.com\n"));

        Assert.Equal(ArRequestReader.MaxPeople, Reader.Read(addresses, null).People.Count);
    }
}
