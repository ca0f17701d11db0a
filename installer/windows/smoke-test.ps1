<#
.SYNOPSIS
  Installs a built KMS Tray MSI silently with policy properties, checks what it wrote, starts the command-line
  launcher, reinstalls it without properties, and uninstalls it again, checking that the Run value, the event
  source and the policy values the MSI wrote are gone while a value set like Group Policy sets it (a REG_DWORD
  number) is never rewritten or removed.
  Needs an elevated prompt (the Windows runner is one). Changes the machine: run it on a build or test box.

    powershell -ExecutionPolicy Bypass -File installer\windows\smoke-test.ps1 target\installer\kms-tray-1.0.0-en.msi
#>
param([Parameter(Mandatory)] [string] $Msi)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$failures = @()
function Check([bool] $ok, [string] $what) {
    if ($ok) { Write-Host "ok    $what" } else { Write-Host "FAIL  $what"; $script:failures += $what }
}

$policy = 'HKLM:\SOFTWARE\Policies\KMS Tray'
$remembered = 'HKLM:\SOFTWARE\KMS Tray\InstallProperties'
$run = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Run'
$source = 'HKLM:\SYSTEM\CurrentControlSet\Services\EventLog\Application\KMS Tray'
$log = Join-Path $env:TEMP 'kms-tray-install.log'
$msiPath = (Resolve-Path $Msi).Path

# Registry values without StrictMode's error for a value that is not there.
function Value([string] $key, [string] $name) {
    $item = Get-Item $key -ErrorAction SilentlyContinue
    if ($item) { $item.GetValue($name) } else { $null }
}
function Kind([string] $key, [string] $name) {
    $item = Get-Item $key -ErrorAction SilentlyContinue
    if ($item -and $null -ne $item.GetValue($name)) { [string]$item.GetValueKind($name) } else { $null }
}
function GroupPolicyNumberIsUntouched {
    (Kind $policy 'check.interval.hours') -eq 'DWord' -and (Value $policy 'check.interval.hours') -eq 12
}

# Stands in for Group Policy: a number under the policy key as the ADMX's <decimal> writes it (REG_DWORD).
New-Item -Path $policy -Force | Out-Null
New-ItemProperty -Path $policy -Name 'check.interval.hours' -PropertyType DWord -Value 12 -Force | Out-Null

$p = Start-Process msiexec.exe -Wait -PassThru -ArgumentList @('/i', "`"$msiPath`"", '/qn', '/l*v', "`"$log`"",
    'KMS_HOST=kms.example.edu.tw', 'KMS_PORT=1688', 'CAMPUS_NETS=140.112.0.0/16', 'WARN_DAYS=45')
Check ($p.ExitCode -eq 0) "msiexec /i exits 0 (was $($p.ExitCode); log $log)"

Check ((Value $policy 'kms.host') -eq 'kms.example.edu.tw') 'KMS_HOST is written as kms.host'
Check ((Value $policy 'campus.networks') -eq '140.112.0.0/16') 'CAMPUS_NETS is written as campus.networks'
Check ((Value $policy 'warn.days') -eq '45') 'WARN_DAYS is written as warn.days'
Check ($null -eq (Value $policy 'vpn.client')) 'a property not given writes nothing'
Check ((Value $remembered 'KMS_HOST') -eq 'kms.example.edu.tw') 'KMS_HOST is remembered under the MSI''s own key'
Check (GroupPolicyNumberIsUntouched) 'a number Group Policy set stays a REG_DWORD with its value'

$runValue = Value $run 'KMS Tray'
Check ($runValue -like '"*\KMS Tray.exe" --autostart') "the Run value starts the tray with --autostart ($runValue)"
$launcher = ($runValue -split '"')[1]
Check (Test-Path $launcher) "the Run value names an installed file ($launcher)"
Check ((Get-Item $launcher).VersionInfo.FileDescription -eq 'KMS Tray') 'the launcher describes itself as KMS Tray (notification title)'
Check (Test-Path $source) 'the event source is registered'

$cli = Join-Path (Split-Path $launcher) 'kmstray.exe'
$json = & $cli status --demo --json | Out-String
Check ($LASTEXITCODE -eq 1 -and $json -match '"daysLeft": 12') 'kmstray status --demo --json answers (exit 1, 12 days)'
& $cli status --demo --demo-days 40 | Out-Null
Check ($LASTEXITCODE -eq 1) 'the policy is read: 40 days left count as expiring with WARN_DAYS=45 (built-in: 30)'

# A reinstall without properties rewrites every registry value from the properties, as an upgrade does.
$p = Start-Process msiexec.exe -Wait -PassThru -ArgumentList @('/i', "`"$msiPath`"", '/qn', 'REINSTALL=ALL', 'REINSTALLMODE=omus')
Check ($p.ExitCode -eq 0) "a reinstall without properties exits 0 (was $($p.ExitCode))"
Check ((Value $policy 'kms.host') -eq 'kms.example.edu.tw') 'a reinstall without properties writes the remembered KMS_HOST again'
Check ((Value $policy 'warn.days') -eq '45') 'a reinstall without properties writes the remembered WARN_DAYS again'
Check (GroupPolicyNumberIsUntouched) 'a reinstall leaves the number Group Policy set alone'

$p = Start-Process msiexec.exe -Wait -PassThru -ArgumentList @('/x', "`"$msiPath`"", '/qn')
Check ($p.ExitCode -eq 0) "msiexec /x exits 0 (was $($p.ExitCode))"
Check ($null -eq (Value $run 'KMS Tray')) 'uninstall removes the Run value'
Check (-not (Test-Path $source)) 'uninstall removes the event source'
Check ($null -eq (Value $policy 'kms.host')) 'uninstall removes the policy values it wrote'
Check ($null -eq (Value $remembered 'KMS_HOST')) 'uninstall removes what it remembered'
Check (GroupPolicyNumberIsUntouched) 'uninstall leaves the number Group Policy set'
Check (-not (Test-Path $launcher)) 'uninstall removes the files'

Remove-ItemProperty -Path $policy -Name 'check.interval.hours' -ErrorAction SilentlyContinue

if ($failures.Count) { Write-Error "$($failures.Count) check(s) failed"; exit 1 }
