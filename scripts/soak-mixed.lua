-- wrk script for scripts/soak: a mix of what visitors ask for, each request chosen at random.
-- Weights: 40 % directory searches over the API, 20 % the directory page, 10 % the map's GeoJSON,
-- 5 % the map page, 15 % an association's page, 10 % the home page. Words are percent-encoded
-- (wrk's strict check of the first request rejects raw bytes above 127).
local words = { "Frauen", "Nachhilfe", "Sprachkurs", "Beratung", "Fußball", "Musik", "Tanz", "Eltern", "Jugend",
  "Senioren", "Kultur", "Begegnung", "Dolmetschen", "Hausaufgaben", "Bewerbung", "Gesundheit", "Computer",
  "Café", "Brücke", "Regenbogen", "Zukunft", "Treff", "Gruppe", "Kinder", "Integration", "Nachbarschaft" }
local filters = { "", "&mso=true", "&language=ar", "&category=education", "&district=weststadt", "&target_group=women" }
local function encode(word)
  return (word:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local function search()
  local q = encode(words[math.random(#words)])
  if math.random(2) == 1 then q = q .. "+" .. encode(words[math.random(#words)]) end
  return "q=" .. q .. filters[math.random(#filters)] .. "&page=" .. math.random(3)
end
math.randomseed(os.time())
request = function()
  local r = math.random(100)
  local path
  if r <= 40 then
    path = "/api/v1/organisations?" .. search()
  elseif r <= 60 then
    path = "/organisations?" .. search()
  elseif r <= 70 then
    path = "/api/v1/organisations.geojson" .. (math.random(2) == 1 and "" or "?category=education")
  elseif r <= 75 then
    path = "/map"
  elseif r <= 90 then
    path = "/organisations/synthetic-" .. math.random(100, 99999)
  else
    path = "/"
  end
  return wrk.format("GET", path)
end
