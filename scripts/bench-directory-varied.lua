-- wrk script: a different search on (nearly) every request, so the result cache rarely helps.
-- 60 words × 6 filters × 5 pages = 1,800 text searches plus 1,800 with a second word.
local words = { "Frauen", "Nachhilfe", "Sprachkurs", "Beratung", "Fußball", "Musik", "Tanz", "Eltern", "Jugend",
  "Senioren", "Kultur", "Begegnung", "Dolmetschen", "Übersetzen", "Hausaufgaben", "Bewerbung", "Gesundheit",
  "Computer", "Feste", "Café", "Frühstück", "Behörden", "Geflüchtete", "Verein", "Gemeinde", "Moschee", "Kirche",
  "Türkisch", "Arabisch", "Ukraine", "Kurdisch", "Italienisch", "Griechisch", "Polnisch", "Afghanisch", "Syrisch",
  "Eritrea", "Vietnam", "Tamil", "Iran", "Brücke", "Regenbogen", "Sonnenblume", "Zukunft", "Horizont", "Kompass",
  "Morgenstern", "Olivenbaum", "Weitblick", "Leuchtturm", "Kastanie", "Neckarblick", "Treff", "Gruppe", "Schule",
  "Kinder", "Austausch", "Bewegung", "Integration", "Nachbarschaft" }
local filters = { "", "&mso=true", "&language=ar", "&category=education", "&district=weststadt", "&target_group=women" }
-- Words are percent-encoded: wrk checks the first request with a strict HTTP parser, which
-- rejects raw bytes above 127 in the request line ("invalid URL at 1:40" and no run at all
-- whenever the random first search held "Fußball", "Café", "Brücke", …; about one start in six).
local function encode(word)
  return (word:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
math.randomseed(os.time())
request = function()
  local q = encode(words[math.random(#words)])
  if math.random(2) == 1 then q = q .. "+" .. encode(words[math.random(#words)]) end
  local path = "/api/v1/organisations?q=" .. q .. filters[math.random(#filters)] .. "&page=" .. math.random(5)
  return wrk.format("GET", path)
end
